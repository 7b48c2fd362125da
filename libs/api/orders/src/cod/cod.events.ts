/** Published through the outbox in the transaction of the change (finance posts cash from them). */
export const COD_COLLECTED = 'CodCollected';
export const COD_REMITTANCE_CONFIRMED = 'CodRemittanceConfirmed';

export interface CodCollectedPayload extends Record<string, unknown> {
  collectionId: string;
  orderId: string;
  orderNumber: string;
  orgUnitId: string;
  collectedBy: string;
  businessDay: string;
  /** 分. */
  amount: number;
  expectedAmount: number;
  difference: number;
  currency: string;
}

export interface CodRemittanceConfirmedPayload extends Record<string, unknown> {
  remittanceId: string;
  number: string;
  orgUnitId: string;
  courierId: string | null;
  businessDay: string;
  status: 'confirmed' | 'discrepancy';
  expectedAmount: number;
  handedInAmount: number;
  /** handed in − expected, 分 (negative: cash missing). */
  difference: number;
  currency: string;
  orderIds: string[];
}
