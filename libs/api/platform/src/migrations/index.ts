import { CreateAuditEvent1764200000000 } from './1764200000000-create-audit-event';
import { CreatePlatformInfrastructure1764200000001 } from './1764200000001-create-platform-infrastructure';
import { CreateWorkCalendar1764250000000 } from './1764250000000-create-work-calendar';

/** The platform's own tables (audit trail, job queue, outbox, idempotency…), before any domain's. */
export const platformMigrations = [
  CreateAuditEvent1764200000000,
  CreatePlatformInfrastructure1764200000001,
  CreateWorkCalendar1764250000000,
];
