import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VERSIONED_COLUMNS_SQL } from '@zhanggui/api-platform';

/**
 * HR's core: positions and headcount plans on identity's org units (referred to by id; the tree is identity's),
 * employees with encrypted personal data, their positions, documents and labour contracts, recruitment,
 * probation, personnel actions, the approval chains HR configures, and one history table for every file.
 */
export class CreateHr1764900000000 implements MigrationInterface {
  name = 'CreateHr1764900000000';

  async up(db: QueryRunner): Promise<void> {
    // The key that encrypts personal data when PII_ENCRYPTION_KEY is not configured (like signing_key).
    await db.query(`CREATE TABLE hr_secret (id varchar(40) PRIMARY KEY, secret bytea NOT NULL)`);

    await db.query(`
      CREATE TABLE job_position (${VERSIONED_COLUMNS_SQL},
        code varchar(32) NOT NULL,
        title varchar(100) NOT NULL,
        org_unit_id uuid NOT NULL,
        duties text NOT NULL DEFAULT '',
        grade varchar(16),
        status varchar(16) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived'))
      )`);
    await db.query(`CREATE UNIQUE INDEX job_position_code_key ON job_position (lower(code))`);
    await db.query(`CREATE INDEX job_position_org_unit_idx ON job_position (org_unit_id)`);
    await db.query(`CREATE INDEX job_position_code_id_idx ON job_position (code, id)`);

    await db.query(`
      CREATE TABLE headcount_plan (${VERSIONED_COLUMNS_SQL},
        position_id uuid NOT NULL REFERENCES job_position (id),
        org_unit_id uuid NOT NULL,
        period varchar(4) NOT NULL CHECK (period ~ '^[0-9]{4}$'),
        planned integer NOT NULL CHECK (planned BETWEEN 0 AND 10000),
        note varchar(500),
        CONSTRAINT headcount_plan_position_period_key UNIQUE (position_id, period)
      )`);
    await db.query(`CREATE INDEX headcount_plan_unit_period_idx ON headcount_plan (org_unit_id, period)`);

    await db.query(`CREATE SEQUENCE employee_number_seq`);
    await db.query(`
      CREATE TABLE employee (${VERSIONED_COLUMNS_SQL},
        number varchar(16) NOT NULL CONSTRAINT employee_number_key UNIQUE,
        name varchar(100) NOT NULL,
        gender varchar(8) CHECK (gender IN ('female', 'male')),
        birth_date date,
        id_number_secret text,
        id_number_last4 varchar(4),
        bank_name varchar(100),
        bank_account_secret text,
        bank_account_last4 varchar(4),
        phone varchar(32),
        email varchar(200),
        address varchar(300),
        education jsonb NOT NULL DEFAULT '[]',
        emergency_contact jsonb,
        status varchar(16) NOT NULL CHECK (status IN ('probation', 'regular', 'leaving', 'left')),
        hire_date date NOT NULL,
        probation_end_date date,
        leave_date date,
        org_unit_id uuid NOT NULL,
        position_id uuid REFERENCES job_position (id),
        grade varchar(16),
        salary bigint CHECK (salary >= 0),
        currency char(3) NOT NULL DEFAULT 'CNY',
        user_id uuid CONSTRAINT employee_user_key UNIQUE
      )`);
    await db.query(`CREATE INDEX employee_number_id_idx ON employee (number, id)`);
    await db.query(`CREATE INDEX employee_name_id_idx ON employee (name, id)`);
    await db.query(`CREATE INDEX employee_org_unit_idx ON employee (org_unit_id)`);

    await db.query(`
      CREATE TABLE employee_position (${VERSIONED_COLUMNS_SQL},
        employee_id uuid NOT NULL REFERENCES employee (id),
        position_id uuid NOT NULL REFERENCES job_position (id),
        org_unit_id uuid NOT NULL,
        is_primary boolean NOT NULL DEFAULT false,
        started_on date NOT NULL,
        ended_on date
      )`);
    await db.query(`CREATE INDEX employee_position_employee_idx ON employee_position (employee_id)`);
    await db.query(
      `CREATE INDEX employee_position_position_idx ON employee_position (position_id) WHERE ended_on IS NULL`,
    );
    // One current primary position per employee.
    await db.query(`CREATE UNIQUE INDEX employee_position_one_primary ON employee_position (employee_id)
                    WHERE is_primary AND ended_on IS NULL`);

    await db.query(`
      CREATE TABLE employee_document (${VERSIONED_COLUMNS_SQL},
        employee_id uuid NOT NULL REFERENCES employee (id),
        kind varchar(32) NOT NULL,
        title varchar(200) NOT NULL,
        confidentiality varchar(16) NOT NULL CHECK (confidentiality IN ('internal', 'confidential', 'secret')),
        storage_key varchar(200) NOT NULL,
        file_name varchar(200) NOT NULL,
        content_type varchar(100) NOT NULL,
        size integer NOT NULL,
        uploaded_by uuid
      )`);
    await db.query(`CREATE INDEX employee_document_employee_idx ON employee_document (employee_id, id)`);

    await db.query(`
      CREATE TABLE labour_contract (${VERSIONED_COLUMNS_SQL},
        number varchar(24) NOT NULL CONSTRAINT labour_contract_number_key UNIQUE,
        employee_id uuid NOT NULL REFERENCES employee (id),
        type varchar(16) NOT NULL CHECK (type IN ('fixed_term', 'open_ended', 'part_time', 'internship', 'project')),
        starts_on date NOT NULL,
        ends_on date,
        probation_months integer NOT NULL DEFAULT 0 CHECK (probation_months BETWEEN 0 AND 6),
        status varchar(16) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'renewed', 'ended', 'terminated')),
        note varchar(1000),
        CHECK (ends_on IS NULL OR ends_on >= starts_on),
        CHECK ((type = 'open_ended') = (ends_on IS NULL))
      )`);
    await db.query(`CREATE INDEX labour_contract_employee_idx ON labour_contract (employee_id)`);
    await db.query(
      `CREATE INDEX labour_contract_ends_on_id_idx ON labour_contract (ends_on, id) WHERE status = 'active'`,
    );

    // One reminder per contract and end date: the scheduled job may run any number of times.
    await db.query(`
      CREATE TABLE contract_renewal_reminder (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        contract_id uuid NOT NULL REFERENCES labour_contract (id),
        ends_on date NOT NULL,
        reminded_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT contract_renewal_reminder_key UNIQUE (contract_id, ends_on)
      )`);

    await db.query(`
      CREATE TABLE hiring_request (${VERSIONED_COLUMNS_SQL},
        number varchar(24) NOT NULL CONSTRAINT hiring_request_number_key UNIQUE,
        org_unit_id uuid NOT NULL,
        position_id uuid NOT NULL REFERENCES job_position (id),
        period varchar(4) NOT NULL,
        headcount integer NOT NULL CHECK (headcount BETWEEN 1 AND 1000),
        hired integer NOT NULL DEFAULT 0 CHECK (hired >= 0),
        reason varchar(1000) NOT NULL,
        wanted_by date,
        status varchar(24) NOT NULL CHECK (status IN ('pending_approval', 'approved', 'rejected', 'cancelled', 'filled')),
        approval_request_id uuid,
        requested_by uuid
      )`);
    await db.query(`CREATE INDEX hiring_request_position_idx ON hiring_request (position_id, period)`);

    await db.query(`
      CREATE TABLE candidate (${VERSIONED_COLUMNS_SQL},
        hiring_request_id uuid NOT NULL REFERENCES hiring_request (id),
        org_unit_id uuid NOT NULL,
        name varchar(100) NOT NULL,
        phone varchar(32),
        email varchar(200),
        source varchar(60),
        stage varchar(16) NOT NULL CHECK (stage IN ('applied', 'screening', 'interview', 'offer', 'hired', 'rejected', 'withdrawn')),
        offered_salary bigint CHECK (offered_salary >= 0),
        employee_id uuid REFERENCES employee (id)
      )`);
    await db.query(`CREATE INDEX candidate_request_id_idx ON candidate (hiring_request_id, id)`);

    await db.query(`
      CREATE TABLE probation_item (${VERSIONED_COLUMNS_SQL},
        employee_id uuid NOT NULL REFERENCES employee (id),
        kind varchar(16) NOT NULL CHECK (kind IN ('training', 'assessment')),
        title varchar(200) NOT NULL,
        due_on date,
        completed_on date,
        score integer CHECK (score BETWEEN 0 AND 100),
        note varchar(1000)
      )`);
    await db.query(`CREATE INDEX probation_item_employee_idx ON probation_item (employee_id, id)`);

    await db.query(`
      CREATE TABLE probation_review (${VERSIONED_COLUMNS_SQL},
        employee_id uuid NOT NULL REFERENCES employee (id),
        recommendation varchar(16) NOT NULL CHECK (recommendation IN ('confirm', 'extend', 'end')),
        extend_months integer CHECK (extend_months BETWEEN 1 AND 3),
        average_score integer,
        reason varchar(1000) NOT NULL,
        status varchar(24) NOT NULL CHECK (status IN ('pending_approval', 'approved', 'rejected', 'cancelled')),
        approval_request_id uuid
      )`);
    await db.query(`CREATE INDEX probation_review_employee_idx ON probation_review (employee_id)`);
    await db.query(`CREATE UNIQUE INDEX probation_review_one_pending ON probation_review (employee_id)
                    WHERE status = 'pending_approval'`);

    await db.query(`
      CREATE TABLE personnel_action (${VERSIONED_COLUMNS_SQL},
        number varchar(24) NOT NULL CONSTRAINT personnel_action_number_key UNIQUE,
        employee_id uuid NOT NULL REFERENCES employee (id),
        org_unit_id uuid NOT NULL,
        type varchar(24) NOT NULL,
        effective_on date NOT NULL,
        changes jsonb NOT NULL DEFAULT '{}',
        before jsonb,
        reason varchar(1000) NOT NULL,
        status varchar(24) NOT NULL CHECK (status IN ('pending_approval', 'approved', 'rejected', 'cancelled', 'effective')),
        approval_request_id uuid,
        applied_at timestamptz(3)
      )`);
    await db.query(`CREATE INDEX personnel_action_employee_idx ON personnel_action (employee_id, id)`);
    await db.query(
      `CREATE INDEX personnel_action_due_idx ON personnel_action (effective_on) WHERE status = 'approved'`,
    );

    // Which roles approve what, in order; HR changes them. Absent rows use the defaults in code.
    await db.query(`
      CREATE TABLE hr_approval_chain (${VERSIONED_COLUMNS_SQL},
        subject varchar(40) NOT NULL CONSTRAINT hr_approval_chain_subject_key UNIQUE,
        steps jsonb NOT NULL
      )`);

    // The story of every HR record in people's words; an employee's file shows the rows naming them.
    await db.query(`
      CREATE TABLE hr_history (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        subject_type varchar(32) NOT NULL,
        subject_id uuid NOT NULL,
        employee_id uuid,
        action varchar(40) NOT NULL,
        note varchar(1000),
        actor_kind varchar(16) NOT NULL,
        actor_id varchar(64),
        actor_label varchar(200),
        occurred_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX hr_history_subject_idx ON hr_history (subject_id, id)`);
    await db.query(
      `CREATE INDEX hr_history_employee_idx ON hr_history (employee_id, id) WHERE employee_id IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'hr_history',
      'hr_approval_chain',
      'personnel_action',
      'probation_review',
      'probation_item',
      'candidate',
      'hiring_request',
      'contract_renewal_reminder',
      'labour_contract',
      'employee_document',
      'employee_position',
      'employee',
      'headcount_plan',
      'job_position',
      'hr_secret',
    ])
      await db.query(`DROP TABLE ${table}`);
    await db.query(`DROP SEQUENCE employee_number_seq`);
  }
}
