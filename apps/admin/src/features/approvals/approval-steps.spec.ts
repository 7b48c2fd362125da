import { describe, expect, it } from 'vitest';
import { APPROVER_ID, fakeApproval, fakeStep } from './approval-fixtures';
import { currentStepOf, stepViews } from './approval-steps';

const approved = {
  decision: 'approve',
  decidedBy: APPROVER_ID,
  decidedAt: '2026-11-27T03:00:00.000Z',
} as const;
const rejected = { ...approved, decision: 'reject', comment: '价格低于成本' } as const;
const states = (request: Parameters<typeof stepViews>[0]) => stepViews(request).map((step) => step.state);

describe('stepViews', () => {
  it('marks the step waiting now and the ones still to come', () => {
    expect(states(fakeApproval())).toEqual(['current', 'upcoming']);
  });

  it('marks decided steps, and moves on to the next', () => {
    const request = fakeApproval({
      currentStep: 2,
      steps: [fakeStep(approved), fakeStep({ position: 2, role: 'finance' })],
    });
    expect(states(request)).toEqual(['approved', 'current']);
  });

  it('shows where a rejection ended the chain, and the steps it never reached', () => {
    const request = fakeApproval({
      status: 'rejected',
      steps: [fakeStep(rejected), fakeStep({ position: 2, role: 'finance' })],
    });
    expect(states(request)).toEqual(['rejected', 'notReached']);
    expect(stepViews(request)[0]!.comment).toBe('价格低于成本');
  });

  it('shows at which step the requester withdrew', () => {
    const request = fakeApproval({
      status: 'cancelled',
      currentStep: 2,
      steps: [fakeStep(approved), fakeStep({ position: 2, role: 'finance' }), fakeStep({ position: 3 })],
    });
    expect(states(request)).toEqual(['approved', 'cancelled', 'notReached']);
  });

  it('marks every step of an approved request approved', () => {
    const request = fakeApproval({
      status: 'approved',
      currentStep: 2,
      steps: [fakeStep(approved), fakeStep({ ...approved, position: 2, role: 'finance' })],
    });
    expect(states(request)).toEqual(['approved', 'approved']);
  });

  it('lists the steps in their order, whatever order they came in', () => {
    const request = fakeApproval({ steps: [fakeStep({ position: 2 }), fakeStep({ position: 1 })] });
    expect(stepViews(request).map((step) => step.position)).toEqual([1, 2]);
  });
});

describe('currentStepOf', () => {
  it('is the step waiting for a decision', () => {
    expect(currentStepOf(fakeApproval({ currentStep: 2 }))?.role).toBe('finance');
  });

  it('is none once the request is over', () => {
    expect(currentStepOf(fakeApproval({ status: 'rejected' }))).toBeUndefined();
  });
});
