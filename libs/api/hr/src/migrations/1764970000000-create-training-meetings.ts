import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VERSIONED_COLUMNS_SQL } from '@zhanggui/api-platform';

/** Training records per employee; meetings with their minutes and action items; the company documents archive. */
export class CreateTrainingMeetings1764970000000 implements MigrationInterface {
  name = 'CreateTrainingMeetings1764970000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE training_record (${VERSIONED_COLUMNS_SQL},
        number varchar(24) NOT NULL CONSTRAINT training_record_number_key UNIQUE,
        employee_id uuid NOT NULL REFERENCES employee (id),
        org_unit_id uuid NOT NULL,
        title varchar(200) NOT NULL,
        kind varchar(16) NOT NULL CHECK (kind IN ('internal', 'external', 'online', 'onboarding')),
        provider varchar(200),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        hours numeric(5,1) NOT NULL CHECK (hours > 0),
        cost bigint NOT NULL DEFAULT 0 CHECK (cost >= 0),
        currency char(3) NOT NULL DEFAULT 'CNY',
        result varchar(16) NOT NULL CHECK (result IN ('attended', 'passed', 'failed')),
        score integer CHECK (score BETWEEN 0 AND 100),
        certificate varchar(200),
        CHECK (ends_on >= starts_on)
      )`);
    await db.query(`CREATE INDEX training_record_employee_idx ON training_record (employee_id, id)`);
    await db.query(`CREATE INDEX training_record_unit_idx ON training_record (org_unit_id, id)`);

    await db.query(`
      CREATE TABLE meeting (${VERSIONED_COLUMNS_SQL},
        number varchar(24) NOT NULL CONSTRAINT meeting_number_key UNIQUE,
        title varchar(200) NOT NULL,
        org_unit_id uuid NOT NULL,
        held_at timestamptz(3) NOT NULL,
        location varchar(200),
        attendee_ids uuid[] NOT NULL DEFAULT '{}',
        agenda text NOT NULL DEFAULT '',
        minutes text,
        status varchar(16) NOT NULL CHECK (status IN ('scheduled', 'held'))
      )`);
    await db.query(`CREATE INDEX meeting_held_at_id_idx ON meeting (held_at, id)`);

    await db.query(`
      CREATE TABLE meeting_action_item (${VERSIONED_COLUMNS_SQL},
        meeting_id uuid NOT NULL REFERENCES meeting (id),
        org_unit_id uuid NOT NULL,
        title varchar(300) NOT NULL,
        owner_employee_id uuid NOT NULL REFERENCES employee (id),
        due_on date NOT NULL,
        status varchar(8) NOT NULL CHECK (status IN ('open', 'done')),
        done_at timestamptz(3)
      )`);
    await db.query(`CREATE INDEX meeting_action_item_meeting_idx ON meeting_action_item (meeting_id, id)`);
    await db.query(
      `CREATE INDEX meeting_action_item_due_idx ON meeting_action_item (due_on, id) WHERE status = 'open'`,
    );

    // The company's documents archive (制度、通知、合同范本…), each readable by the roles its level allows.
    await db.query(`
      CREATE TABLE company_document (${VERSIONED_COLUMNS_SQL},
        number varchar(24) NOT NULL CONSTRAINT company_document_number_key UNIQUE,
        title varchar(200) NOT NULL,
        category varchar(32) NOT NULL,
        confidentiality varchar(16) NOT NULL CHECK (confidentiality IN ('public', 'internal', 'confidential', 'secret')),
        storage_key varchar(200) NOT NULL,
        file_name varchar(200) NOT NULL,
        content_type varchar(100) NOT NULL,
        size integer NOT NULL,
        uploaded_by uuid
      )`);
    await db.query(`CREATE INDEX company_document_level_id_idx ON company_document (confidentiality, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['company_document', 'meeting_action_item', 'meeting', 'training_record'])
      await db.query(`DROP TABLE ${table}`);
  }
}
