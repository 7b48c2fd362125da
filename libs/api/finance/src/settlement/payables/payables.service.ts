import { Injectable } from '@nestjs/common';
import { Page, paginate, TransactionalConnection } from '@zhanggui/api-platform';
import type { ListPayablesQuery, SupplierStatementResponse } from './dto/payables.dto';
import { Payable } from './payable.entity';
import { PayableNotFoundError, SettlementRuleError } from './settlement.errors';
import { supplierStatement } from './settlement-rules';
import type { StatementMovement } from './settlement-rules';

/** The payables ledger (应付账款明细) and supplier statements. */
@Injectable()
export class PayablesService {
  constructor(private readonly connection: TransactionalConnection) {}

  list(query: ListPayablesQuery): Promise<Page<Payable>> {
    const qb = this.connection.getRepository(Payable).createQueryBuilder('p');
    if (query.supplierId) qb.andWhere('p.supplier_id = :supplier', { supplier: query.supplierId });
    if (query.dueBefore) qb.andWhere('p.due_date <= :due', { due: query.dueBefore });
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    return paginate(qb, query, {
      sorts: {
        dueDate: { column: 'p.due_date', value: (p) => p.dueDate },
        number: { column: 'p.number', value: (p) => p.number },
      },
      idColumn: 'p.id',
      idValue: (p) => p.id,
    });
  }

  async get(id: string): Promise<Payable> {
    const payable = await this.connection.getRepository(Payable).findOneBy({ id });
    if (!payable) throw new PayableNotFoundError(id);
    return payable;
  }

  /**
   * 供应商对账单 for [from, to]: invoices by invoice date and paid runs by payment date. The opening balance is
   * everything invoiced before `from` less everything paid before it.
   */
  async statement(supplierId: string, from: string, to: string): Promise<SupplierStatementResponse> {
    if (to < from)
      throw new SettlementRuleError('STATEMENT_PERIOD_INVALID', 'to must not be before from', 'to');
    const [opening]: Array<{ invoiced: string; paid: string }> = await this.connection.manager.query(
      `SELECT (SELECT coalesce(sum(amount), 0) FROM payable WHERE supplier_id = $1 AND invoice_date < $2) AS invoiced,
              (SELECT coalesce(sum(l.amount), 0) FROM payment_run_line l
                 JOIN payment_run r ON r.id = l.run_id JOIN payable p ON p.id = l.payable_id
                WHERE p.supplier_id = $1 AND r.status = 'paid' AND r.payment_date < $2) AS paid`,
      [supplierId, from],
    );
    const rows: Array<{ date: string; kind: 'invoice' | 'payment'; reference: string; amount: string }> =
      await this.connection.manager.query(
        `SELECT invoice_date::text AS date, 'invoice' AS kind, supplier_invoice_number AS reference, amount
           FROM payable WHERE supplier_id = $1 AND invoice_date BETWEEN $2 AND $3
         UNION ALL
         SELECT r.payment_date::text, 'payment', r.number, sum(l.amount)
           FROM payment_run_line l JOIN payment_run r ON r.id = l.run_id JOIN payable p ON p.id = l.payable_id
          WHERE p.supplier_id = $1 AND r.status = 'paid' AND r.payment_date BETWEEN $2 AND $3
          GROUP BY r.payment_date, r.number`,
        [supplierId, from, to],
      );
    const movements: StatementMovement[] = rows.map((row) => ({
      date: row.date,
      kind: row.kind,
      reference: row.reference,
      invoiced: row.kind === 'invoice' ? Number(row.amount) : 0,
      paid: row.kind === 'payment' ? Number(row.amount) : 0,
    }));
    const result = supplierStatement(Number(opening.invoiced) - Number(opening.paid), movements);
    return {
      supplierId,
      from,
      to,
      currency: 'CNY',
      openingBalance: result.opening,
      lines: result.lines,
      closingBalance: result.closing,
    };
  }
}
