import { CreateOrgUnit1764288000000 } from './1764288000000-create-org-unit';
import { CreateUsersAndSessions1764300000000 } from './1764300000000-create-users-and-sessions';
import { CreateWebhooks1764310000000 } from './1764310000000-create-webhooks';

export const identityMigrations = [
  CreateOrgUnit1764288000000,
  CreateUsersAndSessions1764300000000,
  CreateWebhooks1764310000000,
];
