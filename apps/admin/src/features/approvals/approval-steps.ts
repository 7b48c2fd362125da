import type { ApprovalRequest, ApprovalStep } from './approvals.api';

/**
 * Where one step of a chain stands: decided either way; the one waiting now; one still to come; or one the
 * chain never reached because it ended before (rejected earlier, or withdrawn).
 */
export type StepState = 'approved' | 'rejected' | 'current' | 'upcoming' | 'cancelled' | 'notReached';

export interface StepView extends ApprovalStep {
  state: StepState;
}

type Chain = Pick<ApprovalRequest, 'status' | 'currentStep' | 'steps'>;

export function stepViews(request: Chain): StepView[] {
  return [...request.steps]
    .sort((a, b) => a.position - b.position)
    .map((step) => ({ ...step, state: stateOf(request, step) }));
}

function stateOf(request: Chain, step: ApprovalStep): StepState {
  if (step.decision === 'approve') return 'approved';
  if (step.decision === 'reject') return 'rejected';
  if (request.status === 'pending') return step.position === request.currentStep ? 'current' : 'upcoming';
  if (request.status === 'cancelled' && step.position === request.currentStep) return 'cancelled';
  return 'notReached';
}

/** The step waiting for a decision now; none once the request is over. */
export function currentStepOf(request: Chain): ApprovalStep | undefined {
  if (request.status !== 'pending') return undefined;
  return request.steps.find((step) => step.position === request.currentStep);
}
