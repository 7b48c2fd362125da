import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import {
  assertVersionMatches,
  currentActor,
  DocumentNumbers,
  EventBus,
  FieldProblem,
  Money,
  Page,
  paginate,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { DocumentHistory } from '../history/document-history';
import { ProcurementPolicyService } from '../policy/procurement-policy';
import { SUPPLIER_INVOICE_MATCHED, SupplierInvoiceMatchedPayload } from '../procurement.events';
import { CURRENCY, PurchaseOrdersService } from '../purchase-orders/purchase-orders.service';
import { addDays } from '../shared/business-day';
import { SuppliersService } from '../suppliers/suppliers.service';
import type { CreateSupplierInvoiceDto, ListSupplierInvoicesQuery } from './dto/supplier-invoice.dto';
import { SupplierInvoiceLine } from './supplier-invoice-line.entity';
import { SupplierInvoice } from './supplier-invoice.entity';
import {
  PurchaseOrderNotInvoiceableError,
  SupplierInvoiceDuplicateError,
  SupplierInvoiceLinesInvalidError,
  SupplierInvoiceNotFoundError,
  SupplierInvoiceNotMismatchedError,
} from './supplier-invoice.errors';
import { threeWayMatch } from './three-way-match';

/** An invoice as its list shows it: the row, whom it is from and when it falls due. */
export interface SupplierInvoiceOverview {
  invoice: SupplierInvoice;
  supplierName: string | null;
  dueDate: string;
}

export interface SupplierInvoiceDetail extends SupplierInvoiceOverview {
  lines: SupplierInvoiceLine[];
}

const INVOICEABLE = ['sent', 'partially_received', 'received', 'closed'];

/**
 * Supplier invoices and their three-way match. A payable invoice is announced as SupplierInvoiceMatched for
 * finance to schedule payment; a mismatched one waits for finance: approved with a reason, or sent back.
 */
@Injectable()
export class SupplierInvoicesService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly numbers: DocumentNumbers,
    private readonly orders: PurchaseOrdersService,
    private readonly suppliers: SuppliersService,
    private readonly policy: ProcurementPolicyService,
    private readonly history: DocumentHistory,
    private readonly events: EventBus,
  ) {}

  private get invoices() {
    return this.connection.getRepository(SupplierInvoice);
  }

  private get invoiceLines() {
    return this.connection.getRepository(SupplierInvoiceLine);
  }

  list(query: ListSupplierInvoicesQuery): Promise<Page<SupplierInvoice>> {
    const qb = this.invoices.createQueryBuilder('i');
    if (query.status) qb.andWhere('i.status = :status', { status: query.status });
    if (query.supplierId) qb.andWhere('i.supplier_id = :supplierId', { supplierId: query.supplierId });
    if (query.purchaseOrderId)
      qb.andWhere('i.purchase_order_id = :purchaseOrderId', { purchaseOrderId: query.purchaseOrderId });
    return paginate(
      qb,
      { ...query, sort: query.sort ?? '-createdAt' },
      {
        sorts: { createdAt: { column: 'i.id', value: (i) => i.id } },
        idColumn: 'i.id',
        idValue: (i) => i.id,
      },
    );
  }

  /** Suppliers' names and payment terms for a page of invoices, in one query however many suppliers. */
  async overviews(invoices: SupplierInvoice[]): Promise<SupplierInvoiceOverview[]> {
    const suppliers = await this.suppliers.byIds(invoices.map((invoice) => invoice.supplierId));
    return invoices.map((invoice) => {
      const supplier = suppliers.get(invoice.supplierId);
      return {
        invoice,
        supplierName: supplier?.name ?? null,
        dueDate: addDays(invoice.invoiceDate, supplier?.paymentTermsDays ?? 0),
      };
    });
  }

  async get(id: string): Promise<SupplierInvoiceDetail> {
    const invoice = await this.invoices.findOneBy({ id });
    if (!invoice) throw new SupplierInvoiceNotFoundError(id);
    const [overview] = await this.overviews([invoice]);
    const lines = await this.invoiceLines.find({
      where: { supplierInvoiceId: id },
      order: { lineNo: 'ASC' },
    });
    return { ...overview, lines };
  }

  async create(input: CreateSupplierInvoiceDto): Promise<SupplierInvoiceDetail> {
    // Locked so two invoices for the same order are matched one after the other, never both against the same goods.
    const order = await this.orders.lock(input.purchaseOrderId);
    if (!INVOICEABLE.includes(order.status))
      throw new PurchaseOrderNotInvoiceableError(order.number, order.status);
    const orderLines = await this.orders.lines(order.id);
    const known = new Set(orderLines.map((line) => line.id));
    const seen = new Set<string>();
    const problems: FieldProblem[] = [];
    input.lines.forEach((line, index) => {
      const field = `lines.${index}.purchaseOrderLineId`;
      if (!known.has(line.purchaseOrderLineId))
        problems.push({ field, message: `is not a line of ${order.number}` });
      else if (seen.has(line.purchaseOrderLineId)) problems.push({ field, message: 'appears twice' });
      seen.add(line.purchaseOrderLineId);
    });
    if (problems.length > 0) throw new SupplierInvoiceLinesInvalidError(problems);

    const actor = currentActor();
    const number = await this.numbers.next('INV');
    const invoice = await this.translate(
      () =>
        this.invoices.save(
          this.invoices.create({
            number,
            supplierId: order.supplierId,
            purchaseOrderId: order.id,
            supplierInvoiceNumber: input.supplierInvoiceNumber,
            invoiceDate: input.invoiceDate,
            currency: CURRENCY,
            totalAmount: Money.sum(
              input.lines.map((line) => Money.of(line.unitPrice, CURRENCY).times(line.quantity)),
              CURRENCY,
            ).amount,
            status: 'mismatched',
            discrepancies: [],
            resolutionReason: null,
            resolvedBy: null,
            resolvedAt: null,
            createdBy: actor?.kind === 'user' ? actor.id : null,
          }),
        ),
      input.supplierInvoiceNumber,
    );
    await this.invoiceLines.save(
      input.lines.map((line, index) =>
        this.invoiceLines.create({
          supplierInvoiceId: invoice.id,
          lineNo: index + 1,
          purchaseOrderLineId: line.purchaseOrderLineId,
          quantity: line.quantity,
          unitPrice: line.unitPrice,
        }),
      ),
    );
    await this.history.record('supplier_invoice', invoice.id, {
      action: 'entered',
      note: input.supplierInvoiceNumber,
    });
    await this.match(invoice);
    return this.get(invoice.id);
  }

  /** Matches a mismatched invoice again: goods may have arrived since, or the order been corrected. */
  async rematch(id: string, expected?: number[]): Promise<SupplierInvoiceDetail> {
    const invoice = await this.lockMismatched(id, expected);
    await this.orders.lock(invoice.purchaseOrderId);
    await this.match(invoice);
    return this.get(id);
  }

  /** Finance accepts the discrepancies, in writing: the invoice becomes payable. */
  async approve(id: string, reason: string, expected?: number[]): Promise<SupplierInvoiceDetail> {
    const invoice = await this.lockMismatched(id, expected);
    await this.resolve(invoice, 'payable', reason);
    await this.announce(invoice, true);
    return this.get(id);
  }

  /** Finance sends the invoice back to the supplier to be corrected; a corrected one is entered anew. */
  async sendBack(id: string, reason: string, expected?: number[]): Promise<SupplierInvoiceDetail> {
    const invoice = await this.lockMismatched(id, expected);
    await this.resolve(invoice, 'returned', reason);
    return this.get(id);
  }

  private async match(invoice: SupplierInvoice): Promise<void> {
    const orderLines = await this.orders.lines(invoice.purchaseOrderId);
    const lines = await this.invoiceLines.find({
      where: { supplierInvoiceId: invoice.id },
      order: { lineNo: 'ASC' },
    });
    const invoiced: Array<{ lineId: string; quantity: number }> = await this.connection.manager.query(
      `SELECT l.purchase_order_line_id AS "lineId", sum(l.quantity)::int AS quantity
         FROM supplier_invoice_line l JOIN supplier_invoice i ON i.id = l.supplier_invoice_id
        WHERE i.purchase_order_id = $1 AND i.status = 'payable' AND i.id <> $2
        GROUP BY l.purchase_order_line_id`,
      [invoice.purchaseOrderId, invoice.id],
    );
    const invoicedByLine = new Map(invoiced.map((row) => [row.lineId, row.quantity]));
    const policy = await this.policy.current();
    const result = threeWayMatch(
      orderLines.map((line) => ({
        id: line.id,
        lineNo: line.lineNo,
        unitPrice: line.unitPrice,
        receivedQuantity: line.receivedQuantity,
        invoicedQuantity: invoicedByLine.get(line.id) ?? 0,
      })),
      lines,
      {
        priceToleranceBp: policy.invoicePriceToleranceBp,
        quantityTolerance: policy.invoiceQuantityTolerance,
      },
    );
    const from = invoice.status;
    invoice.status = result.matched ? 'payable' : 'mismatched';
    invoice.discrepancies = result.discrepancies;
    await this.invoices.save(invoice);
    await this.history.record('supplier_invoice', invoice.id, {
      action: result.matched ? 'matched' : 'mismatch_found',
      from,
      to: invoice.status,
      note: result.matched ? null : result.discrepancies.map((d) => d.message).join('; '),
    });
    if (result.matched) await this.announce(invoice, false);
  }

  private async resolve(invoice: SupplierInvoice, to: 'payable' | 'returned', reason: string): Promise<void> {
    const actor = currentActor();
    invoice.status = to;
    invoice.resolutionReason = reason;
    invoice.resolvedBy = actor?.kind === 'user' ? actor.id : null;
    invoice.resolvedAt = new Date();
    await this.invoices.save(invoice);
    await this.history.record('supplier_invoice', invoice.id, {
      action: to === 'payable' ? 'approved_with_discrepancies' : 'sent_back',
      from: 'mismatched',
      to,
      note: reason,
    });
  }

  private async announce(invoice: SupplierInvoice, approvedWithDiscrepancies: boolean): Promise<void> {
    const supplier = await this.suppliers.get(invoice.supplierId);
    await this.events.publish<SupplierInvoiceMatchedPayload>(SUPPLIER_INVOICE_MATCHED, {
      invoiceId: invoice.id,
      invoiceNumber: invoice.number,
      supplierInvoiceNumber: invoice.supplierInvoiceNumber,
      supplierId: invoice.supplierId,
      purchaseOrderId: invoice.purchaseOrderId,
      amount: invoice.totalAmount,
      currency: invoice.currency,
      invoiceDate: invoice.invoiceDate,
      dueDate: addDays(invoice.invoiceDate, supplier.paymentTermsDays),
      approvedWithDiscrepancies,
    });
  }

  private async lockMismatched(id: string, expected?: number[]): Promise<SupplierInvoice> {
    const invoice = await this.invoices.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!invoice) throw new SupplierInvoiceNotFoundError(id);
    assertVersionMatches('supplier invoice', expected, invoice.version);
    if (invoice.status !== 'mismatched')
      throw new SupplierInvoiceNotMismatchedError(invoice.number, invoice.status);
    return invoice;
  }

  /** A supplier number entered twice is refused by the unique index, named for the field. */
  private async translate<T>(save: () => Promise<T>, supplierNumber: string): Promise<T> {
    try {
      return await save();
    } catch (error) {
      const constraint = (error as QueryFailedError & { driverError?: { constraint?: string } }).driverError
        ?.constraint;
      if (constraint === 'supplier_invoice_supplier_number_key')
        throw new SupplierInvoiceDuplicateError(supplierNumber);
      throw error;
    }
  }
}
