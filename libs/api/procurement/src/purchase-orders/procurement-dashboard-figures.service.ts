import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@zhanggui/api-platform';

/** Purchase orders the supplier still owes goods on: sent or partly received. */
export const AWAITING_GOODS = ['sent', 'partially_received'] as const;
/** Purchase orders still open: approved and not yet fully received, closed or cancelled. */
export const OPEN_PURCHASE_ORDERS = ['approved', ...AWAITING_GOODS] as const;

/**
 * Purchasing figures for the dashboards (sales owns them). Each is one statement over
 * purchase_order_status_idx or supplier_invoice_status_idx, so the cost follows the open rows, not history.
 */
@Injectable()
export class ProcurementDashboardFiguresService {
  constructor(private readonly connection: TransactionalConnection) {}

  /** Open purchase orders per status, with their total in 分 per currency. */
  async openPurchaseOrders(): Promise<
    Array<{ status: string; currency: string; orders: number; amount: number }>
  > {
    const rows: Array<{ status: string; currency: string; orders: string; amount: string }> =
      await this.connection.manager.query(
        `SELECT status, currency, count(*)::text AS orders, sum(total_amount)::text AS amount
           FROM purchase_order WHERE status = ANY($1) GROUP BY status, currency ORDER BY status, currency`,
        [[...OPEN_PURCHASE_ORDERS]],
      );
    return rows.map((r) => ({ ...r, orders: Number(r.orders), amount: Number(r.amount) }));
  }

  /** Purchase orders still waiting for goods whose expected day is before `day` (Beijing). */
  async overdueReceipts(day: string): Promise<number> {
    const [row]: Array<{ count: string }> = await this.connection.manager.query(
      `SELECT count(*)::text AS count FROM purchase_order
        WHERE status = ANY($1) AND expected_date < $2`,
      [[...AWAITING_GOODS], day],
    );
    return Number(row.count);
  }

  /** Supplier invoices that did not match their order and receipts and wait for someone to resolve them. */
  async mismatchedInvoices(): Promise<{ invoices: number; amount: number }> {
    const [row]: Array<{ invoices: string; amount: string }> = await this.connection.manager.query(
      `SELECT count(*)::text AS invoices, coalesce(sum(total_amount), 0)::text AS amount
         FROM supplier_invoice WHERE status = 'mismatched'`,
    );
    return { invoices: Number(row.invoices), amount: Number(row.amount) };
  }
}
