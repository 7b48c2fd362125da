export const REBATE_EARNED = 'RebateEarned';

export interface RebateEarnedPayload extends Record<string, unknown> {
  entryId: string;
  customerId: string;
  orderId: string;
  orderNumber: string;
  /** 分 credited. */
  amount: number;
  rateBps: number;
  basis: number;
  currency: string;
}
