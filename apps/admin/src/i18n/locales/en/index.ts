import type { Translation } from '../translation';
import { apiKeys } from './api-keys';
import { approvals } from './approvals';
import { auditLog } from './audit-log';
import { orgUnits } from './org-units';
import { shell } from './shell';
import { users } from './users';
import { webhooks } from './webhooks';

/** The console's words in English. Must hold exactly the keys of zh-CN (the type and a test both check). */
export const en: Translation = { ...shell, approvals, orgUnits, users, apiKeys, webhooks, auditLog };
