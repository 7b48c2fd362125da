import PgBoss from 'pg-boss';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** pg-boss's own tables, created here (not at each start) so every replica and test database gets them once. */
export function pgBossSchemaSql(): string {
  const plan = PgBoss.getConstructionPlans('pgboss');
  // The plan wraps itself in BEGIN/COMMIT; we already run inside the migration's transaction.
  const unwrapped = plan.replace(/^\s*BEGIN;\s*$/m, '').replace(/^\s*COMMIT;\s*$/m, '');
  if (/^\s*(BEGIN|COMMIT);\s*$/m.test(unwrapped) || unwrapped === plan) {
    throw new Error('pg-boss construction plan has an unexpected shape; review this migration');
  }
  return unwrapped;
}

export class CreatePlatformInfrastructure1764200000001 implements MigrationInterface {
  name = 'CreatePlatformInfrastructure1764200000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(pgBossSchemaSql());

    // The transactional outbox: an event is a row written with the change that caused it; the job queue
    // (in the same transaction) carries it to subscribers and partners' webhooks.
    await db.query(`
      CREATE TABLE outbox_event (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        type varchar(80) NOT NULL,
        payload jsonb NOT NULL,
        occurred_at timestamptz(3) NOT NULL DEFAULT now(),
        actor_kind varchar(16) NOT NULL,
        actor_id uuid,
        request_id varchar(128)
      )`);
    await db.query(`CREATE INDEX outbox_event_type_idx ON outbox_event (type, id)`);

    await db.query(`
      CREATE TABLE idempotency_record (
        caller varchar(80) NOT NULL,
        key varchar(255) NOT NULL,
        request_hash bytea NOT NULL,
        status_code integer NOT NULL,
        response_body jsonb,
        location varchar(500),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3) NOT NULL,
        PRIMARY KEY (caller, key)
      )`);
    await db.query(`CREATE INDEX idempotency_record_expires_idx ON idempotency_record (expires_at)`);

    await db.query(`
      CREATE UNLOGGED TABLE rate_limit_counter (
        key varchar(200) PRIMARY KEY,
        hits integer NOT NULL,
        expires_at timestamptz(3) NOT NULL,
        blocked_until timestamptz(3)
      )`);

    await db.query(`
      CREATE TABLE document_sequence (
        prefix varchar(8) NOT NULL,
        day date NOT NULL,
        last_value integer NOT NULL,
        PRIMARY KEY (prefix, day)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE document_sequence, rate_limit_counter, idempotency_record, outbox_event`);
    await db.query(`DROP SCHEMA pgboss CASCADE`);
  }
}
