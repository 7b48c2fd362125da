import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAuditEvent1764200000000 implements MigrationInterface {
  name = 'CreateAuditEvent1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_event (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        occurred_at timestamptz(3) NOT NULL DEFAULT now(),
        actor_kind varchar(16) NOT NULL CHECK (actor_kind IN ('user', 'api-key', 'system')),
        actor_id uuid,
        actor_label varchar(120),
        action varchar(40) NOT NULL,
        entity_type varchar(60) NOT NULL,
        entity_id varchar(64) NOT NULL,
        changes jsonb NOT NULL DEFAULT '{}',
        request_id varchar(128)
      )`);
    await db.query(`CREATE INDEX audit_event_record_idx ON audit_event (entity_type, entity_id, id)`);
    await db.query(`CREATE INDEX audit_event_actor_idx ON audit_event (actor_id, id)`);
    await db.query(`CREATE INDEX audit_event_occurred_idx ON audit_event (occurred_at)`);
    // The trail is evidence: the database itself refuses to change or remove it, whoever asks.
    await db.query(`
      CREATE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
                    FOR EACH ROW EXECUTE FUNCTION refuse_audit_change()`);
    await db.query(`CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
                    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_event`);
    await db.query(`DROP FUNCTION refuse_audit_change()`);
  }
}
