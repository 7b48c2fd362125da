import type { Order, OrderSummary } from './orders.api';

export const ORDER_ID = '0190a0b0-0000-7000-8000-000000000701';
export const CUSTOMER_ID = '0190a0b0-0000-7000-8000-000000000801';
export const ADDRESS_ID = '0190a0b0-0000-7000-8000-000000000802';
export const SKU_ID = '0190a0b0-0000-7000-8000-000000000101';
export const TERRITORY_ID = '0190a0b0-0000-7000-8000-000000000901';
export const WAREHOUSE_ID = '0190a0b0-0000-7000-8000-000000000201';

export const AGENT_PERMISSIONS = [
  'orders:read',
  'orders:create',
  'orders:write',
  'orders:cancel',
  'customers:read',
  'customers:pii-read',
  'catalog:read',
  'stock:read',
  'price-quotes:create',
  'org-units:read',
];

export const page = (...data: unknown[]) => ({ data, nextCursor: null, total: data.length });

export function fakeOrderSummary(overrides: Partial<OrderSummary> = {}): OrderSummary {
  return {
    id: ORDER_ID,
    number: 'SO-20261128-0001',
    version: 1,
    status: 'confirmed',
    channel: 'website',
    paymentMethod: 'cod',
    customerId: CUSTOMER_ID,
    customerName: '王芳',
    orgUnitId: TERRITORY_ID,
    cityCode: '440100',
    recipientName: '王芳',
    lineCount: 1,
    total: 7800,
    currency: 'CNY',
    placedAt: '2026-11-28T02:00:00.000Z',
    updatedAt: '2026-11-28T02:00:00.000Z',
    ...overrides,
  };
}

export function fakeOrder(overrides: Partial<Order> = {}): Order {
  return {
    ...fakeOrderSummary(),
    warehouseId: WAREHOUSE_ID,
    shippingAddress: {
      addressId: ADDRESS_ID,
      provinceCode: '440000',
      cityCode: '440100',
      districtCode: '440104',
      detail: '北京路 22 号（示例地址）',
      recipientName: '王芳',
      recipientPhone: '13900000002',
    },
    listTotal: 7800,
    discountTotal: 0,
    originalTotal: 7800,
    priceDifference: 0,
    paidAmount: 0,
    amountDue: 0,
    refundDue: 0,
    note: null,
    shipment: null,
    cancelReason: null,
    lines: [
      {
        id: '0190a0b0-0000-7000-8000-000000000702',
        lineNo: 1,
        skuId: SKU_ID,
        skuCode: 'DEMO-HOLDER-CAR',
        productName: '演示款 车载手机支架',
        quantity: 2,
        unitPrice: 3900,
        listAmount: 7800,
        discountAmount: 0,
        amount: 7800,
        discounts: [],
      },
    ],
    payments: [],
    notes: [],
    timeline: [
      {
        id: '0190a0b0-0000-7000-8000-000000000703',
        action: 'placed',
        from: null,
        to: 'confirmed',
        note: null,
        data: {},
        actorKind: 'user',
        actorId: null,
        actorLabel: '客服小李',
        occurredAt: '2026-11-28T02:00:00.000Z',
      },
    ],
    ...overrides,
  };
}
