export const CONTRACT_TYPES = ['fixed_term', 'open_ended', 'part_time', 'internship', 'project'] as const;
export const CONTRACT_STATUSES = ['active', 'renewed', 'ended', 'terminated'] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];
