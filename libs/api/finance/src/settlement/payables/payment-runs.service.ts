import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  assertVersionMatches,
  currentActor,
  DocumentNumbers,
  Page,
  paginate,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { LedgerService } from '../../ledger/ledger.service';
import type { CreatePaymentRunDto, ListPaymentRunsQuery } from './dto/payables.dto';
import { Payable } from './payable.entity';
import { PaymentRun } from './payment-run.entity';
import type { PaymentRunStatus } from './payment-run.entity';
import { PaymentRunNotFoundError, SettlementRuleError } from './settlement.errors';
import { canMove, outstanding, paymentRunPosting, statusAfterPayment } from './settlement-rules';

export interface PaymentRunLineView {
  payableId: string;
  payableNumber: string;
  supplierId: string;
  supplierInvoiceNumber: string;
  amount: number;
}

/**
 * 付款批次: choose due payables (whole or partial), have another finance person approve, pay. Amounts are
 * reserved on the payables when the run is drafted, so concurrent runs cannot overpay; paying moves them to
 * paid and posts 借 应付账款 贷 银行存款 once per run.
 */
@Injectable()
export class PaymentRunsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly numbers: DocumentNumbers,
    private readonly ledger: LedgerService,
  ) {}

  private get runs() {
    return this.connection.getRepository(PaymentRun);
  }

  list(query: ListPaymentRunsQuery): Promise<Page<PaymentRun>> {
    const qb = this.runs.createQueryBuilder('r');
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    return paginate(
      qb,
      { ...query, sort: query.sort ?? '-createdAt' },
      {
        sorts: { createdAt: { column: 'r.id', value: (r) => r.id } },
        idColumn: 'r.id',
        idValue: (r) => r.id,
      },
    );
  }

  async get(id: string): Promise<PaymentRun> {
    const run = await this.runs.findOneBy({ id });
    if (!run) throw new PaymentRunNotFoundError(id);
    return run;
  }

  async lines(runId: string): Promise<PaymentRunLineView[]> {
    const rows: Array<Record<string, string>> = await this.connection.manager.query(
      `SELECT l.payable_id, p.number, p.supplier_id, p.supplier_invoice_number, l.amount
         FROM payment_run_line l JOIN payable p ON p.id = l.payable_id WHERE l.run_id = $1 ORDER BY p.number`,
      [runId],
    );
    return rows.map((row) => ({
      payableId: row.payable_id,
      payableNumber: row.number,
      supplierId: row.supplier_id,
      supplierInvoiceNumber: row.supplier_invoice_number,
      amount: Number(row.amount),
    }));
  }

  async create(input: CreatePaymentRunDto): Promise<PaymentRun> {
    const ids = input.lines.map((line) => line.payableId);
    const duplicate = ids.findIndex((id, index) => ids.indexOf(id) !== index);
    if (duplicate >= 0)
      throw new SettlementRuleError(
        'PAYMENT_RUN_DUPLICATE_PAYABLE',
        'A payable appears twice in the run.',
        `lines.${duplicate}.payableId`,
      );
    // Locked in id order, so two runs drafted at once over the same payables queue instead of deadlocking.
    const payables = await this.connection
      .getRepository(Payable)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where({ id: In(ids) })
      .orderBy('p.id')
      .getMany();
    const byId = new Map(payables.map((payable) => [payable.id, payable]));
    const amounts = input.lines.map((line, index) => {
      const payable = byId.get(line.payableId);
      const field = `lines.${index}`;
      if (!payable)
        throw new SettlementRuleError('PAYABLE_NOT_FOUND', 'No such payable.', `${field}.payableId`);
      const free = outstanding(payable);
      if (free <= 0)
        throw new SettlementRuleError(
          'PAYABLE_NOTHING_OUTSTANDING',
          `Payable ${payable.number} is paid or wholly held by another run.`,
          `${field}.payableId`,
        );
      const amount = line.amount ?? free;
      if (amount > free)
        throw new SettlementRuleError(
          'PAYMENT_EXCEEDS_OUTSTANDING',
          `Payable ${payable.number} has ${free} 分 outstanding.`,
          `${field}.amount`,
        );
      if (payable.currency !== 'CNY')
        throw new SettlementRuleError(
          'PAYMENT_RUN_CURRENCY',
          'Payment runs pay CNY only.',
          `${field}.payableId`,
        );
      return amount;
    });
    const run = await this.runs.save(
      this.runs.create({
        number: await this.numbers.next('PR'),
        status: 'draft',
        paymentDate: input.paymentDate,
        currency: 'CNY',
        totalAmount: amounts.reduce((sum, amount) => sum + amount, 0),
        createdBy: currentActor()?.id ?? null,
        approvedBy: null,
        approvedAt: null,
        paidBy: null,
        paidAt: null,
      }),
    );
    for (const [index, line] of input.lines.entries()) {
      const payable = byId.get(line.payableId)!;
      await this.connection.manager.query(
        `INSERT INTO payment_run_line (run_id, payable_id, amount) VALUES ($1, $2, $3)`,
        [run.id, payable.id, amounts[index]],
      );
      payable.reservedAmount += amounts[index];
      await this.connection.getRepository(Payable).save(payable);
    }
    return run;
  }

  /** Four eyes: whoever drafted the run cannot approve it. */
  async approve(id: string, expected?: number[]): Promise<PaymentRun> {
    const run = await this.move(id, 'approved', expected);
    const actor = currentActor()?.id ?? null;
    if (run.createdBy && run.createdBy === actor)
      throw new SettlementRuleError(
        'PAYMENT_RUN_SELF_APPROVAL',
        'A payment run is approved by someone other than who prepared it.',
      );
    Object.assign(run, { status: 'approved', approvedBy: actor, approvedAt: new Date() });
    return this.runs.save(run);
  }

  async pay(id: string, expected?: number[]): Promise<PaymentRun> {
    const run = await this.move(id, 'paid', expected);
    const lines = await this.lockedLines(run.id);
    const bySupplier = new Map<string, number>();
    for (const { payable, amount } of lines) {
      payable.reservedAmount -= amount;
      payable.paidAmount += amount;
      payable.status = statusAfterPayment(payable.amount, payable.paidAmount);
      await this.connection.getRepository(Payable).save(payable);
      bySupplier.set(payable.supplierId, (bySupplier.get(payable.supplierId) ?? 0) + amount);
    }
    Object.assign(run, { status: 'paid', paidBy: currentActor()?.id ?? null, paidAt: new Date() });
    const saved = await this.runs.save(run);
    await this.ledger.post(
      paymentRunPosting(
        saved,
        [...bySupplier].map(([supplierId, amount]) => ({ supplierId, amount })),
      ),
    );
    return saved;
  }

  /** Gives the reserved amounts back to the payables. */
  async cancel(id: string, expected?: number[]): Promise<PaymentRun> {
    const run = await this.move(id, 'cancelled', expected);
    for (const { payable, amount } of await this.lockedLines(run.id)) {
      payable.reservedAmount -= amount;
      await this.connection.getRepository(Payable).save(payable);
    }
    run.status = 'cancelled';
    return this.runs.save(run);
  }

  private async move(id: string, to: PaymentRunStatus, expected?: number[]): Promise<PaymentRun> {
    const run = await this.runs.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!run) throw new PaymentRunNotFoundError(id);
    assertVersionMatches(`Payment run ${run.number}`, expected, run.version);
    if (!canMove(run.status, to))
      throw new SettlementRuleError(
        'PAYMENT_RUN_STATUS',
        `Payment run ${run.number} is ${run.status}: it cannot become ${to}.`,
      );
    return run;
  }

  private async lockedLines(runId: string): Promise<Array<{ payable: Payable; amount: number }>> {
    const rows: Array<{ payable_id: string; amount: string }> = await this.connection.manager.query(
      `SELECT payable_id, amount FROM payment_run_line WHERE run_id = $1`,
      [runId],
    );
    const payables = await this.connection
      .getRepository(Payable)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where({ id: In(rows.map((row) => row.payable_id)) })
      .orderBy('p.id')
      .getMany();
    const byId = new Map(payables.map((payable) => [payable.id, payable]));
    return rows.map((row) => ({ payable: byId.get(row.payable_id)!, amount: Number(row.amount) }));
  }
}
