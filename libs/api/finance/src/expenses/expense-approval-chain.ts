import type { ApprovalStepSpec } from '@zhanggui/api-approvals';
import type { OrgUnitKind } from '@zhanggui/api-identity';

/**
 * Manager → finance (the two steps of 报销审批). The manager is the one of the claim's unit: the city, region
 * or provincial manager for a sales territory; a department has no manager role of its own in the company's
 * role list, so the general manager approves for it. Finance then checks receipts and the budget.
 */
export function expenseApprovalSteps(unitKind: OrgUnitKind): ApprovalStepSpec[] {
  const manager: ApprovalStepSpec =
    unitKind === 'city'
      ? { role: 'city-manager', at: 'city' }
      : unitKind === 'region'
        ? { role: 'regional-manager', at: 'region' }
        : unitKind === 'province'
          ? { role: 'provincial-manager', at: 'province' }
          : { role: 'general-manager' };
  return [manager, { role: 'finance' }];
}
