import { canMove, FRANCHISE_STAGES, nextStages } from './franchise-stages';

describe('franchise pipeline stages', () => {
  it('moves forward one stage at a time', () => {
    expect(canMove('lead', 'talks')).toBe(true);
    expect(canMove('talks', 'contract')).toBe(true);
    expect(canMove('contract', 'active')).toBe(true);
    expect(canMove('lead', 'contract')).toBe(false);
    expect(canMove('lead', 'active')).toBe(false);
    expect(canMove('active', 'talks')).toBe(false);
  });

  it('lets every stage but lost end as lost, and a lost one start again as a lead', () => {
    for (const stage of FRANCHISE_STAGES) expect(canMove(stage, 'lost')).toBe(stage !== 'lost');
    expect(nextStages('lost')).toEqual(['lead']);
  });
});
