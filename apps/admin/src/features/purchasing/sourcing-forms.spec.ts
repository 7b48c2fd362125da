import { describe, expect, it } from 'vitest';
import { awardNeedsReason, changedQuantities, toNewQuote, toNewSupplierInvoice } from './sourcing-forms';
import type { TenderComparison } from './sourcing.api';

describe('changedQuantities', () => {
  const list = {
    lines: [
      { skuId: 'a', quantity: 90 },
      { skuId: 'b', quantity: 0 },
    ],
  } as Parameters<typeof changedQuantities>[0];

  it('sends only the lines edited away from what the list holds', () => {
    expect(changedQuantities(list, { a: 90, b: 12 })).toEqual([{ skuId: 'b', quantity: 12 }]);
  });

  it('ignores a cleared input (null) rather than sending it', () => {
    expect(changedQuantities(list, { a: null })).toEqual([]);
  });
});

describe('toNewQuote', () => {
  it('turns yuan into 分 and leaves unpriced items out', () => {
    expect(
      toNewQuote({
        supplierId: 's',
        leadTimeDays: 7,
        terms: '  ',
        prices: { i1: '11.8', i2: '', i3: undefined },
      }),
    ).toEqual({
      supplierId: 's',
      leadTimeDays: 7,
      terms: undefined,
      lines: [{ tenderItemId: 'i1', unitPrice: 1180 }],
    });
  });
});

describe('toNewSupplierInvoice', () => {
  it('sends lines with a quantity and a price, prices in 分', () => {
    expect(
      toNewSupplierInvoice({
        purchaseOrderId: 'po',
        supplierInvoiceNumber: ' 44031234 ',
        invoiceDate: { format: () => '2026-11-27' },
        lines: [
          { purchaseOrderLineId: 'l1', quantity: 20, unitPrice: '12.5' },
          { purchaseOrderLineId: 'l2', quantity: 0, unitPrice: '3' },
        ],
      }),
    ).toEqual({
      purchaseOrderId: 'po',
      supplierInvoiceNumber: '44031234',
      invoiceDate: '2026-11-27',
      lines: [{ purchaseOrderLineId: 'l1', quantity: 20, unitPrice: 1250 }],
    });
  });
});

describe('awardNeedsReason', () => {
  const comparison = { lowestCompliantQuoteId: 'q1' } as TenderComparison;
  it('needs a reason for any quote but the lowest compliant', () => {
    expect(awardNeedsReason(comparison, 'q1')).toBe(false);
    expect(awardNeedsReason(comparison, 'q2')).toBe(true);
  });
});
