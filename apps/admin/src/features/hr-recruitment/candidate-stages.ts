import type { CandidateStage, MoveStage } from './recruitment.api';

/** The board's columns, left to right; rejected and withdrawn candidates sit in the last column together. */
export const BOARD_COLUMNS = ['applied', 'screening', 'interview', 'offer', 'hired', 'out'] as const;
export type BoardColumn = (typeof BOARD_COLUMNS)[number];

export const columnOf = (stage: string): BoardColumn =>
  stage === 'rejected' || stage === 'withdrawn' ? 'out' : (stage as BoardColumn);

/**
 * Where a candidate may go next, as the API allows (forward one stage, or skip screening; out from any open
 * stage). Hiring is not a move: it needs a hire date and goes through its own form.
 */
const NEXT: Record<CandidateStage, readonly MoveStage[]> = {
  applied: ['screening', 'interview', 'rejected', 'withdrawn'],
  screening: ['interview', 'rejected', 'withdrawn'],
  interview: ['offer', 'rejected', 'withdrawn'],
  offer: ['rejected', 'withdrawn'],
  hired: [],
  rejected: [],
  withdrawn: [],
};

export function nextStages(stage: string): readonly MoveStage[] {
  return NEXT[stage as CandidateStage] ?? [];
}

/** The forward move for a card dropped on a column, if the pipeline allows it. */
export function moveForDrop(stage: string, column: BoardColumn): MoveStage | undefined {
  if (column === 'hired') return undefined;
  const wanted: MoveStage = column === 'out' ? 'rejected' : (column as MoveStage);
  return nextStages(stage).includes(wanted) ? wanted : undefined;
}
