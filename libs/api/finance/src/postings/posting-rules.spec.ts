import fc from 'fast-check';
import type { OrderEventPayload } from '@zhanggui/api-orders';
import { checkBalanced } from '../ledger/journal-rules';
import type { PostingRequest } from '../ledger/journal-rules';
import * as rules from './posting-rules';

const order = (overrides: Partial<OrderEventPayload> = {}): OrderEventPayload => ({
  orderId: 'o-1',
  orderNumber: 'SO-20261127-0001',
  customerId: 'c-1',
  orgUnitId: 'gz',
  warehouseId: 'w-1',
  status: 'delivered',
  paymentMethod: 'cod',
  channel: 'website',
  total: 11_300,
  currency: 'CNY',
  ...overrides,
});

/** [account, debit, credit] per line: what a chief accountant reads off a voucher. */
const voucher = (request: PostingRequest | null) =>
  request?.lines.map((line) => [line.accountCode, line.debit ?? 0, line.credit ?? 0]);

const balanced = (request: PostingRequest | null) => {
  if (!request) return true;
  return (
    checkBalanced(request.lines.filter((l) => (l.debit ?? 0) + (l.credit ?? 0) > 0)).problems.length === 0
  );
};

describe('posting rules (自动记账规则)', () => {
  it('splits 13% VAT out of a VAT-inclusive amount, exactly', () => {
    expect(rules.splitVat(11_300)).toEqual({ net: 10_000, vat: 1_300 });
    expect(rules.splitVat(1)).toEqual({ net: 1, vat: 0 });
    expect(rules.splitVat(9_999)).toEqual({ net: 8_849, vat: 1_150 });
    expect(rules.vatOn(10_000)).toBe(1_300);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (gross) => {
        const { net, vat } = rules.splitVat(gross);
        // Exact, and the VAT is within half a fen of net × 13%.
        return net + vat === gross && Math.abs(vat * 100 - net * 13) <= 113 / 2 + 13;
      }),
    );
  });

  it('books a COD sale on delivery against the receivable, a prepaid one against the advance', () => {
    expect(voucher(rules.salesRevenue(order(), '2026-11-27'))).toEqual([
      ['1122', 11_300, 0],
      ['6001', 0, 10_000],
      ['222101', 0, 1_300],
    ]);
    expect(voucher(rules.salesRevenue(order({ paymentMethod: 'prepaid' }), '2026-11-27'))).toEqual([
      ['2203', 11_300, 0],
      ['6001', 0, 10_000],
      ['222101', 0, 1_300],
    ]);
    expect(rules.salesRevenue(order(), '2026-11-27')?.source).toEqual({
      type: 'order',
      id: 'o-1',
      number: 'SO-20261127-0001',
      purpose: 'revenue',
    });
    expect(rules.salesRevenue(order({ total: 0 }), '2026-11-27')).toBeNull();
  });

  it('moves goods to 发出商品 on shipment and to cost of sales on delivery', () => {
    expect(voucher(rules.goodsShipped({ orderId: 'o-1', orderNumber: 'SO-1' }, 5_000, '2026-11-27'))).toEqual(
      [
        ['1406', 5_000, 0],
        ['1405', 0, 5_000],
      ],
    );
    expect(voucher(rules.costOfSales(order(), 5_000, '2026-11-27'))).toEqual([
      ['6401', 5_000, 0],
      ['1406', 0, 5_000],
    ]);
    expect(rules.goodsShipped({ orderId: 'o-1', orderNumber: null }, 0, '2026-11-27')).toBeNull();
  });

  it('takes a prepayment into the provider balance and gives it back on cancellation', () => {
    expect(voucher(rules.prepaymentReceived(order({ paymentMethod: 'prepaid' }), '2026-11-27'))).toEqual([
      ['101201', 11_300, 0],
      ['2203', 0, 11_300],
    ]);
    expect(rules.prepaymentReceived(order(), '2026-11-27')).toBeNull();
    const cancelled = {
      ...order({ paymentMethod: 'prepaid' }),
      reason: 'x',
      from: 'confirmed' as const,
      paidAmount: 11_300,
    };
    expect(voucher(rules.cancelledPrepayment(cancelled, '2026-11-27'))).toEqual([
      ['2203', 11_300, 0],
      ['101201', 0, 11_300],
    ]);
    expect(rules.cancelledPrepayment({ ...cancelled, paidAmount: 0 }, '2026-11-27')).toBeNull();
  });

  it('follows COD cash from the courier to the bank, parking a shortage or a surplus', () => {
    const collected = {
      collectionId: 'col-1',
      orderId: 'o-1',
      orderNumber: 'SO-1',
      orgUnitId: 'gz',
      collectedBy: 'u-1',
      businessDay: '2026-11-27',
      amount: 11_200,
      expectedAmount: 11_300,
      difference: -100,
      currency: 'CNY',
    };
    expect(voucher(rules.codCollected(collected))).toEqual([
      ['122101', 11_200, 0],
      ['1122', 0, 11_200],
    ]);
    const remittance = {
      remittanceId: 'r-1',
      number: 'REM-20261127-0001',
      orgUnitId: 'gz',
      courierId: null,
      businessDay: '2026-11-27',
      status: 'discrepancy' as const,
      expectedAmount: 20_000,
      handedInAmount: 19_500,
      difference: -500,
      currency: 'CNY',
      orderIds: ['o-1'],
    };
    expect(voucher(rules.codRemitted(remittance))).toEqual([
      ['1002', 19_500, 0],
      ['122101', 0, 20_000],
      ['122102', 500, 0],
    ]);
    expect(voucher(rules.codRemitted({ ...remittance, handedInAmount: 20_300, difference: 300 }))).toEqual([
      ['1002', 20_300, 0],
      ['122101', 0, 20_000],
      ['224101', 0, 300],
    ]);
    expect(
      voucher(
        rules.codRemitted({ ...remittance, status: 'confirmed', handedInAmount: 20_000, difference: 0 }),
      ),
    ).toEqual([
      ['1002', 20_000, 0],
      ['122101', 0, 20_000],
    ]);
  });

  it('undoes revenue and VAT on a refund, and puts returned goods back at cost', () => {
    const refund = {
      refundId: 'rf-1',
      returnId: 'rt-1',
      returnNumber: 'RT-1',
      orderId: 'o-1',
      orderNumber: 'SO-1',
      customerId: 'c-1',
      orgUnitId: 'gz',
      method: 'original_payment' as const,
      status: 'pending' as const,
      amount: 11_300,
      rebateAmount: 0,
      currency: 'CNY',
    };
    expect(voucher(rules.refundIssued(refund, '2026-11-27'))).toEqual([
      ['6001', 10_000, 0],
      ['222101', 1_300, 0],
      ['101201', 0, 11_300],
    ]);
    expect(voucher(rules.refundIssued({ ...refund, method: 'cash' }, '2026-11-27'))?.[2]).toEqual([
      '1001',
      0,
      11_300,
    ]);
    expect(
      voucher(
        rules.returnedToStock(
          { returnId: 'rt-1', returnNumber: 'RT-1', orderNumber: 'SO-1', orgUnitId: 'gz' },
          4_000,
          '2026-11-27',
        ),
      ),
    ).toEqual([
      ['1405', 4_000, 0],
      ['6401', 0, 4_000],
    ]);
  });

  it('estimates payables on receipt and books the invoice with its VAT input', () => {
    const receipt = {
      receiptId: 'gr-1',
      receiptNumber: 'GR-1',
      purchaseOrderId: 'po-1',
      purchaseOrderNumber: 'PO-1',
      supplierId: 's-1',
      warehouseId: 'w-1',
      totalAmount: 100_000,
      currency: 'CNY',
      lines: [],
    };
    expect(voucher(rules.goodsReceived(receipt, '2026-11-27'))).toEqual([
      ['1405', 100_000, 0],
      ['220201', 0, 100_000],
    ]);
    const invoice = {
      invoiceId: 'inv-1',
      invoiceNumber: 'INV-1',
      supplierInvoiceNumber: '4403',
      supplierId: 's-1',
      purchaseOrderId: 'po-1',
      amount: 100_000,
      currency: 'CNY',
      invoiceDate: '2026-11-28',
      dueDate: '2026-12-28',
      approvedWithDiscrepancies: false,
    };
    expect(voucher(rules.supplierInvoiceMatched(invoice))).toEqual([
      ['220201', 100_000, 0],
      ['222102', 13_000, 0],
      ['220202', 0, 113_000],
    ]);
    expect(rules.supplierInvoiceMatched(invoice)?.date).toBe('2026-11-28');
  });

  it('always balances, whatever the amounts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.constantFrom<'cod' | 'prepaid'>('cod', 'prepaid'),
        (amount, handedIn, paymentMethod) => {
          const o = order({ total: amount, paymentMethod });
          const remittance = {
            remittanceId: 'r',
            number: 'REM',
            orgUnitId: 'gz',
            courierId: null,
            businessDay: '2026-11-27',
            status: 'confirmed' as const,
            expectedAmount: amount,
            handedInAmount: handedIn,
            difference: handedIn - amount,
            currency: 'CNY',
            orderIds: [],
          };
          return [
            rules.salesRevenue(o, '2026-11-27'),
            rules.prepaymentReceived(o, '2026-11-27'),
            rules.costOfSales(o, amount, '2026-11-27'),
            rules.codRemitted(remittance),
            rules.supplierInvoiceMatched({
              invoiceId: 'i',
              invoiceNumber: 'I',
              supplierInvoiceNumber: 'S',
              supplierId: 's',
              purchaseOrderId: 'p',
              amount,
              currency: 'CNY',
              invoiceDate: '2026-11-27',
              dueDate: '2026-11-27',
              approvedWithDiscrepancies: false,
            }),
          ].every(balanced);
        },
      ),
    );
  });
});
