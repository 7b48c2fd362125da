/** The franchise pipeline (加盟): lead → talks → contract → active; any open stage may end as lost. */
export const FRANCHISE_STAGES = ['lead', 'talks', 'contract', 'active', 'lost'] as const;
export type FranchiseStage = (typeof FRANCHISE_STAGES)[number];

const NEXT: Record<FranchiseStage, readonly FranchiseStage[]> = {
  lead: ['talks', 'lost'],
  talks: ['contract', 'lost'],
  contract: ['active', 'lost'],
  // An active franchisee that leaves ends as lost too.
  active: ['lost'],
  // A lost lead may come back: it starts again as a lead.
  lost: ['lead'],
};

export function canMove(from: FranchiseStage, to: FranchiseStage): boolean {
  return NEXT[from].includes(to);
}

export function nextStages(from: FranchiseStage): readonly FranchiseStage[] {
  return NEXT[from];
}
