/** The pure rules of a chain of approval steps, apart from who may decide (ApprovalsService asks identity). */

export type ApprovalStatus = 'pending' | 'approved' | 'rejected' | 'cancelled';
export type Decision = 'approve' | 'reject';

export interface ChainState {
  status: ApprovalStatus;
  /** 1-based position of the step waiting for a decision. */
  currentStep: number;
  stepCount: number;
}

export interface Transition {
  status: ApprovalStatus;
  currentStep: number;
  /** The request is over: the requesting module is told the outcome. */
  finished: boolean;
}

export class ChainRuleError extends Error {}

/** A rejection ends the chain; an approval moves to the next step, and the last approval approves. */
export function decide(state: ChainState, decision: Decision): Transition {
  if (state.status !== 'pending') throw new ChainRuleError(`the request is already ${state.status}`);
  if (decision === 'reject') return { status: 'rejected', currentStep: state.currentStep, finished: true };
  if (state.currentStep < state.stepCount)
    return { status: 'pending', currentStep: state.currentStep + 1, finished: false };
  return { status: 'approved', currentStep: state.currentStep, finished: true };
}

export function cancel(state: ChainState): Transition {
  if (state.status !== 'pending') throw new ChainRuleError(`the request is already ${state.status}`);
  return { status: 'cancelled', currentStep: state.currentStep, finished: true };
}
