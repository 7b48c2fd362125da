/** draft → pending_approval → active → expired | terminated; a refused approval goes back to draft. */
export const CONTRACT_STATUSES = ['draft', 'pending_approval', 'active', 'expired', 'terminated'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

export const CONTRACT_KINDS = ['purchase', 'sales', 'franchise', 'lease', 'service', 'other'] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];

export type ContractAction = 'edit' | 'submit' | 'approve' | 'refuse' | 'expire' | 'terminate';

const TRANSITIONS: Record<ContractAction, Partial<Record<ContractStatus, ContractStatus>>> = {
  edit: { draft: 'draft' },
  submit: { draft: 'pending_approval' },
  approve: { pending_approval: 'active' },
  refuse: { pending_approval: 'draft' },
  expire: { active: 'expired' },
  // A signed contract ends early by agreement or breach; one never approved is simply not pursued.
  terminate: { active: 'terminated', draft: 'terminated' },
};

/** The status after `action`, or null when the action is not allowed from `status`. */
export function nextContractStatus(status: ContractStatus, action: ContractAction): ContractStatus | null {
  return TRANSITIONS[action][status] ?? null;
}
