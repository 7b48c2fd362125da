import { apiKeys } from './api-keys';
import { approvals } from './approvals';
import { auditLog } from './audit-log';
import { orgUnits } from './org-units';
import { shell } from './shell';
import { users } from './users';
import { webhooks } from './webhooks';

/** The console's words in Simplified Chinese, the default language; labels follow the company's own terms. */
export const zhCN = { ...shell, approvals, orgUnits, users, apiKeys, webhooks, auditLog };
