import { Injectable } from '@nestjs/common';
import { SUPPLIER_INVOICE_MATCHED } from '@zhanggui/api-procurement';
import type { SupplierInvoiceMatchedPayload } from '@zhanggui/api-procurement';
import { DocumentNumbers, OnEvent, TransactionalConnection } from '@zhanggui/api-platform';
import type { DomainEvent, EventSubscriber } from '@zhanggui/api-platform';

/**
 * A matched supplier invoice becomes a payable, due when procurement says (invoice date + the supplier's
 * payment terms). Keyed by the invoice: a redelivered event adds nothing. (The invoice's own ledger entry,
 * 应付账款-暂估 → 应付账款-供应商, is the postings subscriber's.)
 */
@Injectable()
@OnEvent({ types: [SUPPLIER_INVOICE_MATCHED] })
export class PayablesSubscriber implements EventSubscriber {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly numbers: DocumentNumbers,
  ) {}

  async handle(event: DomainEvent): Promise<void> {
    const invoice = event.payload as SupplierInvoiceMatchedPayload;
    await this.connection.withTransaction(async () => {
      const [known]: unknown[] = await this.connection.manager.query(
        `SELECT 1 FROM payable WHERE invoice_id = $1`,
        [invoice.invoiceId],
      );
      if (known) return;
      await this.connection.manager.query(
        `INSERT INTO payable (number, supplier_id, invoice_id, invoice_number, supplier_invoice_number, currency,
                              amount, invoice_date, due_date, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'open')
         ON CONFLICT (invoice_id) DO NOTHING`,
        [
          await this.numbers.next('AP'),
          invoice.supplierId,
          invoice.invoiceId,
          invoice.invoiceNumber,
          invoice.supplierInvoiceNumber,
          invoice.currency,
          invoice.amount,
          invoice.invoiceDate,
          invoice.dueDate,
        ],
      );
    });
  }
}
