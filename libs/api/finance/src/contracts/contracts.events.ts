/** Published once per threshold before an active contract ends: its owner and finance are reminded. */
export const CONTRACT_EXPIRING = 'ContractExpiring';

export interface ContractExpiringPayload extends Record<string, unknown> {
  contractId: string;
  number: string;
  title: string;
  counterpartyName: string;
  ownerId: string;
  orgUnitId: string;
  endsOn: string;
  daysLeft: number;
}
