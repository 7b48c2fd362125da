import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { lineAmount, orderTotal, repeatedSkus, toNewPurchaseOrder } from './po-form';
import { canReceive, purchaseOrderActions } from './purchase-order-actions';
import { toGoodsReceipt } from './ReceiptForm';

describe('purchase order form', () => {
  it('computes line amounts and the total in 分 without floats', () => {
    expect(lineAmount({ quantity: 3, unitPrice: '19.99' })).toBe(5997);
    expect(lineAmount({ quantity: 3, unitPrice: '19.999' })).toBeUndefined();
    expect(lineAmount({ quantity: null, unitPrice: '1' })).toBeUndefined();
    expect(
      orderTotal([{ quantity: 20, unitPrice: '15' }, { quantity: 1, unitPrice: '0.1' }, undefined]),
    ).toBe(30010);
  });

  it('sends prices in 分, the date as a day, and leaves out an empty note', () => {
    expect(
      toNewPurchaseOrder({
        supplierId: 's',
        warehouseId: 'w',
        expectedDate: dayjs('2026-12-01'),
        note: '  ',
        lines: [{ skuId: 'a', quantity: 20, unitPrice: '¥1,299.5' }],
      }),
    ).toEqual({
      supplierId: 's',
      currency: 'CNY',
      warehouseId: 'w',
      expectedDate: '2026-12-01',
      note: undefined,
      lines: [{ skuId: 'a', quantity: 20, unitPrice: 129950 }],
    });
  });

  it('finds a SKU chosen on two lines', () => {
    expect([...repeatedSkus([{ skuId: 'a' }, { skuId: 'b' }, { skuId: 'a' }, {}])]).toEqual(['a']);
  });
});

describe('purchase order actions', () => {
  it('follows the order’s life: submit a draft, send an approved one, close a received one', () => {
    expect(purchaseOrderActions('draft')).toEqual(['submit', 'cancel']);
    expect(purchaseOrderActions('pending_approval')).toEqual([]);
    expect(purchaseOrderActions('approved')).toEqual(['send', 'cancel']);
    expect(purchaseOrderActions('partially_received')).toEqual(['close']);
    expect(purchaseOrderActions('closed')).toEqual([]);
  });

  it('receives only against a sent or partially received order', () => {
    expect(['sent', 'partially_received'].every((s) => canReceive(s as 'sent'))).toBe(true);
    expect(canReceive('approved')).toBe(false);
  });
});

describe('goods receipt', () => {
  it('sends only the lines something arrived for, and nothing when none did', () => {
    expect(
      toGoodsReceipt({
        lines: [
          { purchaseOrderLineId: 'l1', quantity: 5 },
          { purchaseOrderLineId: 'l2', quantity: 0 },
          { purchaseOrderLineId: 'l3', quantity: null },
        ],
        note: ' 外箱破损 ',
      }),
    ).toEqual({ lines: [{ purchaseOrderLineId: 'l1', quantity: 5 }], note: '外箱破损' });
    expect(toGoodsReceipt({ lines: [{ purchaseOrderLineId: 'l1', quantity: 0 }] })).toBeUndefined();
  });
});

describe('supplier changes', () => {
  it('keeps a masked bank account out of the request, and the code out of an edit', async () => {
    const { toSupplierChanges } = await import('./SuppliersPage');
    const edited = toSupplierChanges(
      {
        code: 'SUP-1',
        name: '绿源',
        bankAccount: '6222 **** **** 1234',
        contacts: [{ name: ' 王经理 ', phone: '' }],
      },
      true,
    );
    expect(edited).toEqual({
      name: '绿源',
      bankName: null,
      bankAccount: undefined,
      note: null,
      contacts: [{ name: '王经理', phone: undefined, email: undefined }],
    });
    expect(
      toSupplierChanges({ code: 'SUP-2', name: '华芯', bankAccount: '6222 0212 3456' }, false),
    ).toMatchObject({
      code: 'SUP-2',
      bankAccount: '622202123456',
      bankName: undefined,
    });
  });
});
