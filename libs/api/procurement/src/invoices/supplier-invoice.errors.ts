import { BusinessRuleError, ConflictError, FieldProblem, NotFoundError } from '@zhanggui/api-platform';

export class SupplierInvoiceNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('SUPPLIER_INVOICE_NOT_FOUND', `There is no supplier invoice ${id}.`);
  }
}

export class SupplierInvoiceDuplicateError extends ConflictError {
  constructor(supplierInvoiceNumber: string) {
    super(
      'SUPPLIER_INVOICE_DUPLICATE',
      `The supplier’s invoice ${supplierInvoiceNumber} has already been entered.`,
      [{ field: 'supplierInvoiceNumber', message: 'already entered for this supplier' }],
    );
  }
}

export class SupplierInvoiceLinesInvalidError extends BusinessRuleError {
  constructor(problems: FieldProblem[]) {
    super(
      'SUPPLIER_INVOICE_LINES_INVALID',
      `The invoice lines do not fit the order: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}.`,
      problems,
    );
  }
}

export class PurchaseOrderNotInvoiceableError extends BusinessRuleError {
  constructor(number: string, status: string) {
    super('PURCHASE_ORDER_NOT_INVOICEABLE', `${number} is ${status}: there is nothing to invoice yet.`, [
      { field: 'purchaseOrderId', message: `the order is ${status}` },
    ]);
  }
}

export class SupplierInvoiceNotMismatchedError extends BusinessRuleError {
  constructor(number: string, status: string) {
    super(
      'SUPPLIER_INVOICE_NOT_MISMATCHED',
      `${number} is ${status}: only a mismatched invoice can be approved, sent back or matched again.`,
      [{ field: 'status', message: `is ${status}` }],
    );
  }
}
