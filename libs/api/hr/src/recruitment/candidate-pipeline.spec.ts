import fc from 'fast-check';
import { canMove } from './candidate-pipeline';
import { CANDIDATE_STAGES } from './recruitment.entities';

describe('candidate pipeline', () => {
  it('moves forward to an offer and hires only from an offer', () => {
    expect(canMove('applied', 'screening')).toBe(true);
    expect(canMove('interview', 'offer')).toBe(true);
    expect(canMove('offer', 'hired')).toBe(true);
    expect(canMove('interview', 'hired')).toBe(false);
    expect(canMove('offer', 'applied')).toBe(false);
  });
  it('never leaves a final stage', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('hired', 'rejected', 'withdrawn' as const),
        fc.constantFrom(...CANDIDATE_STAGES),
        (from, to) => {
          expect(canMove(from as 'hired', to)).toBe(false);
        },
      ),
    );
  });
});
