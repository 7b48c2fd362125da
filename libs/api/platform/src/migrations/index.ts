import { CreateAuditEvent1764200000000 } from './1764200000000-create-audit-event';

/** The platform's own tables (audit trail, outbox, idempotency…), before any domain's. */
export const platformMigrations = [CreateAuditEvent1764200000000];
