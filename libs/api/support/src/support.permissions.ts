import type { PermissionGrant, RoleCode } from '@zhanggui/api-identity';

const AGENTS: RoleCode[] = ['customer-service-agent', 'customer-service-lead'];
const LEAD: RoleCode[] = ['customer-service-lead'];

/**
 * Customer support. Agents work the tickets of their queues; the lead sees and assigns everything and keeps
 * the policies, answers and rules. Every `*:read` is also held by the auditor and the general manager.
 */
export const SUPPORT_PERMISSIONS: PermissionGrant[] = [
  {
    permission: 'tickets:read',
    description: 'See tickets of one’s own queues (and those assigned to one), their thread and SLA timers',
    roles: AGENTS,
  },
  {
    permission: 'all-tickets:read',
    description: 'See every ticket, whatever its queue',
    roles: LEAD,
  },
  {
    permission: 'tickets:create',
    description: 'Open tickets (agents from phone, chat and email; the website’s API key from its form)',
    roles: AGENTS,
  },
  {
    permission: 'tickets:write',
    description: 'Work tickets of one’s queues: reply, add notes and attachments, tag, change status',
    roles: AGENTS,
  },
  {
    permission: 'tickets:assign',
    description: 'Assign any ticket to any queue and agent',
    roles: LEAD,
  },
  { permission: 'support-queues:read', description: 'See support queues and their members', roles: AGENTS },
  { permission: 'support-queues:write', description: 'Create and change queues and members', roles: LEAD },
  {
    permission: 'support-settings:write',
    description: 'Set the reopen window and warning threshold',
    roles: LEAD,
  },
  { permission: 'sla-policies:read', description: 'See SLA policies', roles: AGENTS },
  { permission: 'sla-policies:write', description: 'Create and change SLA policies', roles: LEAD },
  { permission: 'standard-answers:read', description: 'Search and use standard answers', roles: AGENTS },
  { permission: 'standard-answers:write', description: 'Keep the standard answers library', roles: LEAD },
  { permission: 'kb-articles:read', description: 'Search the knowledge base', roles: AGENTS },
  { permission: 'kb-articles:write', description: 'Write knowledge-base articles', roles: LEAD },
  { permission: 'follow-ups:read', description: 'See follow-up visits and the worklist', roles: AGENTS },
  { permission: 'follow-ups:write', description: 'Record the outcome of follow-up visits', roles: AGENTS },
  { permission: 'follow-up-rules:read', description: 'See follow-up rules', roles: AGENTS },
  { permission: 'follow-up-rules:write', description: 'Create and change follow-up rules', roles: LEAD },
  {
    permission: 'key-accounts:read',
    description: 'See key-account candidates',
    roles: [...AGENTS, 'sales-manager'],
  },
  {
    permission: 'key-accounts:decide',
    description: 'Confirm (hand to sales) or dismiss key-account candidates',
    roles: AGENTS,
  },
  { permission: 'key-account-rules:read', description: 'See key-account rules', roles: AGENTS },
  {
    permission: 'key-account-rules:write',
    description: 'Create and change key-account rules; re-run them',
    roles: LEAD,
  },
  { permission: 'support-metrics:read', description: 'See support metrics per agent and team', roles: LEAD },
];
