import type { SupplierInvoiceResponse, SupplierInvoiceSummary } from './dto/supplier-invoice.dto';
import type { SupplierInvoiceDetail, SupplierInvoiceOverview } from './supplier-invoices.service';

export function supplierInvoiceSummary({
  invoice,
  supplierName,
  dueDate,
}: SupplierInvoiceOverview): SupplierInvoiceSummary {
  return {
    id: invoice.id,
    number: invoice.number,
    supplierId: invoice.supplierId,
    supplierName,
    purchaseOrderId: invoice.purchaseOrderId,
    supplierInvoiceNumber: invoice.supplierInvoiceNumber,
    invoiceDate: invoice.invoiceDate,
    dueDate,
    currency: invoice.currency,
    totalAmount: invoice.totalAmount,
    status: invoice.status,
    discrepancyCount: invoice.discrepancies.length,
    version: invoice.version,
    createdAt: invoice.createdAt.toISOString(),
  };
}

export function supplierInvoiceResponse(detail: SupplierInvoiceDetail): SupplierInvoiceResponse {
  const { invoice, lines } = detail;
  return {
    ...supplierInvoiceSummary(detail),
    discrepancies: invoice.discrepancies,
    resolutionReason: invoice.resolutionReason,
    resolvedBy: invoice.resolvedBy,
    resolvedAt: invoice.resolvedAt ? invoice.resolvedAt.toISOString() : null,
    lines: lines.map((line) => ({
      id: line.id,
      lineNo: line.lineNo,
      purchaseOrderLineId: line.purchaseOrderLineId,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      lineAmount: line.unitPrice * line.quantity,
    })),
  };
}
