import type { CandidateStage } from './recruitment.entities';

/** The pipeline: forward one stage at a time (or skip screening), out at any open stage; hired only from an offer. */
const NEXT: Record<CandidateStage, readonly CandidateStage[]> = {
  applied: ['screening', 'interview', 'rejected', 'withdrawn'],
  screening: ['interview', 'rejected', 'withdrawn'],
  interview: ['offer', 'rejected', 'withdrawn'],
  offer: ['hired', 'rejected', 'withdrawn'],
  hired: [],
  rejected: [],
  withdrawn: [],
};

export function canMove(from: CandidateStage, to: CandidateStage): boolean {
  return NEXT[from].includes(to);
}
