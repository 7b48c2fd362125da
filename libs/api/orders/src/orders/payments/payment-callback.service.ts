import { Injectable } from '@nestjs/common';
import { currentActor, TransactionalConnection } from '@zhanggui/api-platform';
import { OrderStore } from '../order-store';
import { OrderTransitionsService } from '../order-transitions.service';
import { Order } from '../order.entity';
import { OrderPayment } from './order-payment.entity';
import { PaymentCallbackSetting } from './payment-callback-setting.entity';
import type { PaymentCallbackDto } from './payment-callback.dto';
import {
  PaymentAmountMismatchError,
  PaymentCallbackNotConfiguredError,
  PaymentCallbackStaleError,
  PaymentOrderUnknownError,
  PaymentReplayedError,
  PaymentSignatureInvalidError,
} from './payment.errors';
import { verifyPaymentCallback } from './payment-signature';

const SETTING_ID = 1;

/** The payment provider's confirmations: verified, recorded once, confirming a pending_payment order. */
@Injectable()
export class PaymentCallbackService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly store: OrderStore,
    private readonly transitions: OrderTransitionsService,
  ) {}

  async verify(timestamp: string, signature: string, rawBody: Buffer, now = new Date()): Promise<void> {
    const setting = await this.connection.getRepository(PaymentCallbackSetting).findOneBy({ id: SETTING_ID });
    if (!setting) throw new PaymentCallbackNotConfiguredError();
    const verdict = verifyPaymentCallback({
      secret: setting.secret,
      timestamp,
      signature,
      rawBody,
      nowSeconds: Math.floor(now.getTime() / 1000),
    });
    if (verdict === 'invalid') throw new PaymentSignatureInvalidError();
    if (verdict === 'stale') throw new PaymentCallbackStaleError();
  }

  /** Records the payment and confirms the order; a transaction id seen before is a replay (409). */
  async confirm(input: PaymentCallbackDto): Promise<{ payment: OrderPayment; order: Order }> {
    const payments = this.connection.getRepository(OrderPayment);
    if (
      await payments.existsBy({
        provider: input.provider,
        providerTransactionId: input.providerTransactionId,
      })
    )
      throw new PaymentReplayedError(input.providerTransactionId);
    const found = await this.connection.getRepository(Order).findOneBy({ number: input.orderNumber });
    if (!found) throw new PaymentOrderUnknownError(input.orderNumber);
    const order = await this.store.lock(found.id);
    // What is still due: a rebate redeemed before payment has paid part of the total.
    const due = order.total - order.paidAmount;
    if (input.amount !== due) throw new PaymentAmountMismatchError(input.amount, due);
    // The unique (provider, transaction id) constraint stops a concurrent duplicate the check above missed.
    const payment = await payments.save(
      payments.create({
        orderId: order.id,
        provider: input.provider,
        providerTransactionId: input.providerTransactionId,
        amount: input.amount,
        currency: input.currency,
        paidAt: input.paidAt ? new Date(input.paidAt) : new Date(),
      }),
    );
    const confirmed = await this.transitions.confirmPayment(order, input.amount, {
      provider: input.provider,
      providerTransactionId: input.providerTransactionId,
      amount: input.amount,
    });
    return { payment, order: confirmed };
  }

  async setting(): Promise<PaymentCallbackSetting | null> {
    return this.connection.getRepository(PaymentCallbackSetting).findOneBy({ id: SETTING_ID });
  }

  async setSecret(secret: string): Promise<PaymentCallbackSetting> {
    const settings = this.connection.getRepository(PaymentCallbackSetting);
    const existing = await settings.findOne({
      where: { id: SETTING_ID },
      lock: { mode: 'pessimistic_write' },
    });
    const updatedBy = currentActor()?.kind === 'user' ? currentActor()!.id : null;
    return settings.save(
      existing
        ? Object.assign(existing, { secret, updatedBy })
        : settings.create({ id: SETTING_ID, secret, updatedBy }),
    );
  }
}
