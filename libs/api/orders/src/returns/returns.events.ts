export const RETURN_RECEIVED = 'ReturnReceived';
export const REFUND_ISSUED = 'RefundIssued';

export interface ReturnReceivedPayload extends Record<string, unknown> {
  returnId: string;
  returnNumber: string;
  kind: 'return' | 'exchange';
  orderId: string;
  orderNumber: string;
  customerId: string;
  orgUnitId: string;
  lines: Array<{ skuId: string; quantity: number }>;
}

export interface RefundIssuedPayload extends Record<string, unknown> {
  refundId: string;
  returnId: string;
  returnNumber: string;
  orderId: string;
  orderNumber: string;
  customerId: string;
  orgUnitId: string;
  method: 'original_payment' | 'cash';
  /** pending: waiting for the payment provider; paid: cash handed over. */
  status: 'pending' | 'paid';
  /** 分 of money, and of rebate given back. */
  amount: number;
  rebateAmount: number;
  currency: string;
}
