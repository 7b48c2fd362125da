import type { FranchisePartner, FranchiseStage } from './franchise.api';

/** The board's columns: the pipeline in order, then the partners that dropped out. */
export const BOARD_COLUMNS = [
  'lead',
  'talks',
  'contract',
  'active',
  'lost',
] as const satisfies readonly FranchiseStage[];

/** What a move asks for before it is sent: a reason to drop a partner, a contract number to sign one. */
export type MoveNeeds = 'nothing' | 'reason' | 'contractNumber';

export function moveNeeds(partner: Pick<FranchisePartner, 'contractNumber'>, to: FranchiseStage): MoveNeeds {
  if (to === 'lost') return 'reason';
  // The API refuses the contract stage without a contract number; ask for it here rather than fail.
  if (to === 'contract' && !partner.contractNumber) return 'contractNumber';
  return 'nothing';
}

/** The stage a card dropped on a column moves to, when the API allows that move (it lists them per partner). */
export function moveForDrop(partner: Pick<FranchisePartner, 'nextStages'>, column: FranchiseStage) {
  return partner.nextStages.includes(column) ? column : undefined;
}
