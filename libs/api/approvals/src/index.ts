export { ApprovalsModule } from './approvals.module';
export { ApprovalsService } from './requests/approvals.service';
export type { ApprovalStepSpec, NewApprovalRequest } from './requests/approvals.service';
export { APPROVAL_DECIDED } from './requests/approval.events';
export type { ApprovalDecidedPayload } from './requests/approval.events';
export { approvalsMigrations } from './migrations';
