/**
 * The roles of the company (DOMAIN.md), each a job someone does. A person may hold several (兼职), each
 * assignment with its own data scope (an org unit, or the whole company).
 */
export const ROLES = {
  'general-manager': { zh: '总经理', en: 'General manager' },
  'sales-manager': { zh: '销售经理', en: 'Sales manager' },
  'provincial-manager': { zh: '省级经理', en: 'Provincial manager' },
  'regional-manager': { zh: '区域经理', en: 'Regional manager' },
  'city-manager': { zh: '城市经理', en: 'City manager' },
  'product-manager': { zh: '产品经理', en: 'Product manager' },
  planner: { zh: '企划', en: 'Planning and marketing' },
  editor: { zh: '编辑', en: 'Editor (content)' },
  'customer-service-agent': { zh: '客服专员', en: 'Customer service agent' },
  'customer-service-lead': { zh: '客服主管', en: 'Customer service lead' },
  hr: { zh: '人事', en: 'HR' },
  finance: { zh: '财务', en: 'Finance' },
  auditor: { zh: '审计（只读）', en: 'Auditor (read-only)' },
  'system-administrator': { zh: '系统管理员', en: 'System administrator' },
} as const;

export type RoleCode = keyof typeof ROLES;
export const ROLE_CODES = Object.keys(ROLES) as RoleCode[];

/** Roles that read everything: the auditor (read-only everywhere) and the general manager. */
export const READ_EVERYTHING_ROLES: readonly RoleCode[] = ['auditor', 'general-manager'];
