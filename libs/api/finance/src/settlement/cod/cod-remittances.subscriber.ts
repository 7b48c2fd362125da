import { Injectable } from '@nestjs/common';
import { COD_REMITTANCE_CONFIRMED } from '@zhanggui/api-orders';
import type { CodRemittanceConfirmedPayload } from '@zhanggui/api-orders';
import { OnEvent, TransactionalConnection } from '@zhanggui/api-platform';
import type { DomainEvent, EventSubscriber } from '@zhanggui/api-platform';
import { CodReconciliationService } from './cod-reconciliation.service';

/**
 * Each remittance finance confirmed is cash that should reach the bank: kept (with the amount actually handed
 * in) for reconciliation against the bank's deposit lines, keyed by remittance so redelivery adds nothing.
 */
@Injectable()
@OnEvent({ types: [COD_REMITTANCE_CONFIRMED] })
export class CodRemittancesSubscriber implements EventSubscriber {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly reconciliation: CodReconciliationService,
  ) {}

  async handle(event: DomainEvent): Promise<void> {
    const remittance = event.payload as CodRemittanceConfirmedPayload;
    await this.connection.withTransaction(async () => {
      await this.connection.manager.query(
        `INSERT INTO cod_remittance_receipt (remittance_id, number, org_unit_id, business_day, amount, currency)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (remittance_id) DO NOTHING`,
        [
          remittance.remittanceId,
          remittance.number,
          remittance.orgUnitId,
          remittance.businessDay,
          remittance.handedInAmount,
          remittance.currency,
        ],
      );
      await this.reconciliation.match();
    });
  }
}
