import { CreateOrgUnit1764288000000 } from './1764288000000-create-org-unit';

export const identityMigrations = [CreateOrgUnit1764288000000];
