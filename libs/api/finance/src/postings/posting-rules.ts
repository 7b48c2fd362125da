import type {
  CodCollectedPayload,
  CodRemittanceConfirmedPayload,
  OrderCancelledPayload,
  OrderEventPayload,
  RefundIssuedPayload,
} from '@zhanggui/api-orders';
import type { GoodsReceivedPayload, SupplierInvoiceMatchedPayload } from '@zhanggui/api-procurement';
import type { PostingLine, PostingRequest } from '../ledger/journal-rules';

/**
 * 自动记账规则 — how each money event of the other departments is booked. One function per event, pure, so a
 * chief accountant can read them here and the unit tests prove them. Amounts are 分; every entry balances.
 *
 * Assumptions to confirm with the chief accountant (docs/architecture.md lists them too):
 * - Selling prices include 13% VAT (general taxpayer): revenue = total ÷ 1.13, rounded half-even; VAT output
 *   takes the remainder, so revenue + VAT = the order total exactly.
 * - Purchase prices are before VAT (不含税): goods are stocked and costed at them, and the supplier's invoice
 *   adds 13% VAT input.
 * - Revenue is recognised on delivery (签收), the moment control passes to the customer (CAS 14).
 * - Goods leave 库存商品 for 发出商品 when shipped, at the SKU's moving-average cost then (the catalog's), and
 *   move to 主营业务成本 on delivery.
 */
export const VAT_RATE_PERCENT = 13;

/** The accounts the rules use (all seeded, all leaves). */
export const ACCOUNTS = {
  cash: '1001',
  bank: '1002',
  paymentProvider: '101201',
  receivable: '1122',
  courierCod: '122101',
  cashShortage: '122102',
  inventory: '1405',
  goodsShipped: '1406',
  grni: '220201',
  supplierPayable: '220202',
  contractLiability: '2203',
  vatOutput: '222101',
  vatInput: '222102',
  cashSurplus: '224101',
  revenue: '6001',
  costOfSales: '6401',
} as const;

/** Splits a VAT-inclusive amount into net and VAT (net + vat = gross exactly). */
export function splitVat(gross: number): { net: number; vat: number } {
  const numerator = BigInt(gross) * 100n;
  const denominator = BigInt(100 + VAT_RATE_PERCENT);
  // Half-even rounding of gross × 100 / 113.
  let quotient = numerator / denominator;
  const remainder = numerator % denominator;
  if (remainder * 2n > denominator || (remainder * 2n === denominator && quotient % 2n === 1n))
    quotient += 1n;
  const net = Number(quotient);
  return { net, vat: gross - net };
}

/** VAT on a net amount, half-even. */
export function vatOn(net: number): number {
  const product = BigInt(net) * BigInt(VAT_RATE_PERCENT);
  let quotient = product / 100n;
  const remainder = product % 100n;
  if (remainder * 2n > 100n || (remainder * 2n === 100n && quotient % 2n === 1n)) quotient += 1n;
  return Number(quotient);
}

const debit = (accountCode: string, amount: number, extra: Partial<PostingLine> = {}): PostingLine => ({
  accountCode,
  debit: amount,
  ...extra,
});
const credit = (accountCode: string, amount: number, extra: Partial<PostingLine> = {}): PostingLine => ({
  accountCode,
  credit: amount,
  ...extra,
});

/**
 * 预收: a prepaid order's payment confirmed by the provider. Money sits with the provider (其他货币资金) and is
 * owed to the customer as goods (合同负债) until delivery.
 *   借 其他货币资金-支付平台  贷 合同负债
 */
export function prepaymentReceived(order: OrderEventPayload, date: string): PostingRequest | null {
  if (order.paymentMethod !== 'prepaid' || order.total <= 0) return null;
  return {
    source: { type: 'order', id: order.orderId, number: order.orderNumber, purpose: 'prepayment' },
    date,
    description: `收到订单 ${order.orderNumber} 预付款`,
    lines: [
      debit(ACCOUNTS.paymentProvider, order.total, { orgUnitId: order.orgUnitId }),
      credit(ACCOUNTS.contractLiability, order.total, { orgUnitId: order.orgUnitId }),
    ],
  };
}

/**
 * 确认收入: on delivery. A COD order becomes a receivable from the customer (collected by the courier); a
 * prepaid order settles its 合同负债.
 *   借 应收账款 (COD) / 合同负债 (prepaid)  贷 主营业务收入 (net)  贷 应交税费-销项税额 (VAT)
 */
export function salesRevenue(order: OrderEventPayload, date: string): PostingRequest | null {
  if (order.total <= 0) return null;
  const { net, vat } = splitVat(order.total);
  const against = order.paymentMethod === 'cod' ? ACCOUNTS.receivable : ACCOUNTS.contractLiability;
  const dimension = { orgUnitId: order.orgUnitId };
  return {
    source: { type: 'order', id: order.orderId, number: order.orderNumber, purpose: 'revenue' },
    date,
    description: `订单 ${order.orderNumber} 签收，确认收入`,
    lines: [
      debit(against, order.total, dimension),
      credit(ACCOUNTS.revenue, net, dimension),
      credit(ACCOUNTS.vatOutput, vat, dimension),
    ],
  };
}

/**
 * 发出商品: goods leave the warehouse when shipped, at cost.
 *   借 发出商品  贷 库存商品
 */
export function goodsShipped(
  order: { orderId: string; orderNumber: string | null },
  cost: number,
  date: string,
): PostingRequest | null {
  if (cost <= 0) return null;
  return {
    source: { type: 'order', id: order.orderId, number: order.orderNumber, purpose: 'goods-issue' },
    date,
    description: `订单 ${order.orderNumber ?? order.orderId} 发货出库`,
    lines: [debit(ACCOUNTS.goodsShipped, cost), credit(ACCOUNTS.inventory, cost)],
  };
}

/**
 * 结转销售成本: on delivery, the shipped goods' cost becomes cost of sales.
 *   借 主营业务成本  贷 发出商品
 */
export function costOfSales(
  order: OrderEventPayload,
  shippedCost: number,
  date: string,
): PostingRequest | null {
  if (shippedCost <= 0) return null;
  return {
    source: { type: 'order', id: order.orderId, number: order.orderNumber, purpose: 'cost-of-sales' },
    date,
    description: `订单 ${order.orderNumber} 结转销售成本`,
    lines: [
      debit(ACCOUNTS.costOfSales, shippedCost, { orgUnitId: order.orgUnitId }),
      credit(ACCOUNTS.goodsShipped, shippedCost),
    ],
  };
}

/**
 * 取消已付款订单: a paid prepaid order cancelled before shipment goes back through the provider.
 *   借 合同负债  贷 其他货币资金-支付平台
 */
export function cancelledPrepayment(order: OrderCancelledPayload, date: string): PostingRequest | null {
  if (order.paymentMethod !== 'prepaid' || order.paidAmount <= 0) return null;
  return {
    source: { type: 'order', id: order.orderId, number: order.orderNumber, purpose: 'cancel-refund' },
    date,
    description: `订单 ${order.orderNumber} 取消，退回预付款`,
    lines: [
      debit(ACCOUNTS.contractLiability, order.paidAmount, { orgUnitId: order.orgUnitId }),
      credit(ACCOUNTS.paymentProvider, order.paidAmount, { orgUnitId: order.orgUnitId }),
    ],
  };
}

/**
 * 快递员代收货款: the courier holds the customer's cash until the daily remittance.
 *   借 其他应收款-快递员代收货款  贷 应收账款
 */
export function codCollected(cod: CodCollectedPayload): PostingRequest | null {
  if (cod.amount <= 0) return null;
  return {
    source: {
      type: 'cod_collection',
      id: cod.collectionId,
      number: cod.orderNumber,
      purpose: 'cod-collected',
    },
    date: cod.businessDay,
    description: `订单 ${cod.orderNumber} 货到付款代收`,
    lines: [
      debit(ACCOUNTS.courierCod, cod.amount, { orgUnitId: cod.orgUnitId }),
      credit(ACCOUNTS.receivable, cod.amount, { orgUnitId: cod.orgUnitId }),
    ],
  };
}

/**
 * 每日回笼: the couriers' cash handed in and deposited. A shortage waits in 其他应收款-待处理现金短缺 (to be
 * recovered from the courier or written off to 营业外支出 when the discrepancy is resolved); a surplus waits
 * in 其他应付款-现金长款待处理.
 *   借 银行存款 (handed in)  借 其他应收款-待处理现金短缺 (shortage)
 *   贷 其他应收款-快递员代收货款 (expected)  贷 其他应付款-现金长款待处理 (surplus)
 */
export function codRemitted(remittance: CodRemittanceConfirmedPayload): PostingRequest | null {
  if (remittance.expectedAmount <= 0 && remittance.handedInAmount <= 0) return null;
  const dimension = { orgUnitId: remittance.orgUnitId };
  const lines: PostingLine[] = [
    debit(ACCOUNTS.bank, remittance.handedInAmount, dimension),
    credit(ACCOUNTS.courierCod, remittance.expectedAmount, dimension),
  ];
  if (remittance.difference < 0) lines.push(debit(ACCOUNTS.cashShortage, -remittance.difference, dimension));
  if (remittance.difference > 0) lines.push(credit(ACCOUNTS.cashSurplus, remittance.difference, dimension));
  return {
    source: {
      type: 'cod_remittance',
      id: remittance.remittanceId,
      number: remittance.number,
      purpose: 'cod-remitted',
    },
    date: remittance.businessDay,
    description: `货到付款回笼 ${remittance.number}${remittance.status === 'discrepancy' ? '（有差异待处理）' : ''}`,
    lines,
  };
}

/**
 * 退款: money back to the customer after a return, reducing revenue and VAT output.
 *   借 主营业务收入 (net)  借 应交税费-销项税额 (VAT)  贷 其他货币资金-支付平台 (original payment) / 库存现金 (cash)
 */
export function refundIssued(refund: RefundIssuedPayload, date: string): PostingRequest | null {
  if (refund.amount <= 0) return null;
  const { net, vat } = splitVat(refund.amount);
  const dimension = { orgUnitId: refund.orgUnitId };
  return {
    source: { type: 'refund', id: refund.refundId, number: refund.returnNumber, purpose: 'refund' },
    date,
    description: `退货单 ${refund.returnNumber} 退款（订单 ${refund.orderNumber}）`,
    lines: [
      debit(ACCOUNTS.revenue, net, dimension),
      debit(ACCOUNTS.vatOutput, vat, dimension),
      credit(refund.method === 'cash' ? ACCOUNTS.cash : ACCOUNTS.paymentProvider, refund.amount, dimension),
    ],
  };
}

/**
 * 退货入库: returned goods go back into stock at the cost they left with (the SKU's current cost).
 *   借 库存商品  贷 主营业务成本
 */
export function returnedToStock(
  ret: { returnId: string; returnNumber: string; orderNumber: string; orgUnitId: string },
  cost: number,
  date: string,
): PostingRequest | null {
  if (cost <= 0) return null;
  return {
    source: { type: 'return', id: ret.returnId, number: ret.returnNumber, purpose: 'return-to-stock' },
    date,
    description: `退货单 ${ret.returnNumber} 退货入库（订单 ${ret.orderNumber}）`,
    lines: [
      debit(ACCOUNTS.inventory, cost),
      credit(ACCOUNTS.costOfSales, cost, { orgUnitId: ret.orgUnitId }),
    ],
  };
}

/**
 * 入库暂估: goods received before the invoice, at the order's prices.
 *   借 库存商品  贷 应付账款-暂估
 */
export function goodsReceived(receipt: GoodsReceivedPayload, date: string): PostingRequest | null {
  if (receipt.totalAmount <= 0) return null;
  return {
    source: {
      type: 'goods_receipt',
      id: receipt.receiptId,
      number: receipt.receiptNumber,
      purpose: 'goods-received',
    },
    date,
    description: `采购入库 ${receipt.receiptNumber}（${receipt.purchaseOrderNumber}）暂估`,
    lines: [debit(ACCOUNTS.inventory, receipt.totalAmount), credit(ACCOUNTS.grni, receipt.totalAmount)],
  };
}

/**
 * 发票到达: the matched invoice turns the estimate into a payable to the supplier, with the VAT input.
 *   借 应付账款-暂估 (invoice amount)  借 应交税费-进项税额 (13%)  贷 应付账款-供应商
 */
export function supplierInvoiceMatched(invoice: SupplierInvoiceMatchedPayload): PostingRequest | null {
  if (invoice.amount <= 0) return null;
  const vat = vatOn(invoice.amount);
  return {
    source: {
      type: 'supplier_invoice',
      id: invoice.invoiceId,
      number: invoice.invoiceNumber,
      purpose: 'invoice-matched',
    },
    date: invoice.invoiceDate,
    description: `供应商发票 ${invoice.supplierInvoiceNumber}（${invoice.invoiceNumber}）`,
    lines: [
      debit(ACCOUNTS.grni, invoice.amount),
      debit(ACCOUNTS.vatInput, vat),
      credit(ACCOUNTS.supplierPayable, invoice.amount + vat),
    ],
  };
}
