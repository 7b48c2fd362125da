import fc from 'fast-check';
import { cancel, ChainRuleError, decide } from './approval-chain';

describe('approval chains', () => {
  it('walks two steps to approval', () => {
    const first = decide({ status: 'pending', currentStep: 1, stepCount: 2 }, 'approve');
    expect(first).toEqual({ status: 'pending', currentStep: 2, finished: false });
    expect(decide({ ...first, stepCount: 2 }, 'approve')).toEqual({
      status: 'approved',
      currentStep: 2,
      finished: true,
    });
  });

  it('ends at the first rejection', () => {
    expect(decide({ status: 'pending', currentStep: 1, stepCount: 3 }, 'reject')).toEqual({
      status: 'rejected',
      currentStep: 1,
      finished: true,
    });
  });

  it('refuses decisions and cancellation once the request is over', () => {
    for (const status of ['approved', 'rejected', 'cancelled'] as const) {
      expect(() => decide({ status, currentStep: 1, stepCount: 1 }, 'approve')).toThrow(ChainRuleError);
      expect(() => cancel({ status, currentStep: 1, stepCount: 1 })).toThrow(ChainRuleError);
    }
  });

  it('finishes after exactly one decision per step, or at the first rejection', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.constantFrom('approve', 'reject') as fc.Arbitrary<'approve' | 'reject'>, {
          minLength: 8,
          maxLength: 8,
        }),
        (steps, decisions) => {
          let state = {
            status: 'pending' as const as 'pending' | 'approved' | 'rejected' | 'cancelled',
            currentStep: 1,
            stepCount: steps,
          };
          let taken = 0;
          while (state.status === 'pending') {
            const next = decide(state, decisions[taken]);
            taken++;
            state = { ...state, status: next.status, currentStep: next.currentStep };
          }
          const firstReject = decisions.slice(0, steps).indexOf('reject');
          expect(taken).toBe(firstReject === -1 ? steps : firstReject + 1);
          expect(state.status).toBe(firstReject === -1 ? 'approved' : 'rejected');
        },
      ),
    );
  });
});
