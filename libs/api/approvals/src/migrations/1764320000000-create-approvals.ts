import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VERSIONED_COLUMNS_SQL } from '@zhanggui/api-platform';

export class CreateApprovals1764320000000 implements MigrationInterface {
  name = 'CreateApprovals1764320000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE approval_request (${VERSIONED_COLUMNS_SQL},
        number varchar(24) NOT NULL UNIQUE,
        subject_type varchar(60) NOT NULL,
        subject_id varchar(64) NOT NULL,
        org_unit_id uuid REFERENCES org_unit (id),
        title varchar(200) NOT NULL,
        summary text,
        requested_by uuid NOT NULL REFERENCES user_account (id),
        status varchar(16) NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'approved', 'rejected', 'cancelled')),
        current_step integer NOT NULL DEFAULT 1,
        finished_at timestamptz(3)
      )`);
    await db.query(
      `CREATE INDEX approval_request_subject_idx ON approval_request (subject_type, subject_id)`,
    );
    await db.query(`CREATE INDEX approval_request_requested_by_idx ON approval_request (requested_by, id)`);
    await db.query(
      `CREATE INDEX approval_request_pending_idx ON approval_request (id) WHERE status = 'pending'`,
    );
    await db.query(`
      CREATE TABLE approval_step (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        request_id uuid NOT NULL REFERENCES approval_request (id),
        position integer NOT NULL,
        role varchar(40) NOT NULL,
        resolved_org_unit_id uuid REFERENCES org_unit (id),
        decision varchar(16) CHECK (decision IN ('approve', 'reject')),
        decided_by uuid REFERENCES user_account (id),
        decided_at timestamptz(3),
        comment varchar(1000),
        UNIQUE (request_id, position)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE approval_step, approval_request`);
  }
}
