import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VERSIONED_COLUMNS_SQL } from '@zhanggui/api-platform';

/**
 * Economic contracts (经济合同) with their signed scans, their history, and the reminders already sent
 * before each contract's end date (one row per end date and threshold keeps the daily job idempotent).
 */
export class CreateContracts1765600000000 implements MigrationInterface {
  name = 'CreateContracts1765600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE contract (${VERSIONED_COLUMNS_SQL},
        number varchar(24) NOT NULL CONSTRAINT contract_number_key UNIQUE,
        title varchar(200) NOT NULL,
        kind varchar(12) NOT NULL
          CHECK (kind IN ('purchase', 'sales', 'franchise', 'lease', 'service', 'other')),
        counterparty_name varchar(200) NOT NULL,
        supplier_id uuid,
        org_unit_id uuid NOT NULL,
        amount bigint NOT NULL CHECK (amount >= 0),
        currency char(3) NOT NULL DEFAULT 'CNY',
        signed_on date,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        status varchar(20) NOT NULL
          CHECK (status IN ('draft', 'pending_approval', 'active', 'expired', 'terminated')),
        owner_id uuid NOT NULL,
        note varchar(1000),
        approval_request_id uuid,
        submitted_at timestamptz(3),
        approved_at timestamptz(3),
        terminated_on date,
        decision_note varchar(500),
        CHECK (ends_on >= starts_on)
      )`);
    await db.query(`CREATE INDEX contract_status_ends_idx ON contract (status, ends_on)`);
    await db.query(`CREATE INDEX contract_org_unit_idx ON contract (org_unit_id)`);
    await db.query(
      `CREATE INDEX contract_supplier_idx ON contract (supplier_id) WHERE supplier_id IS NOT NULL`,
    );

    await db.query(`
      CREATE TABLE contract_attachment (${VERSIONED_COLUMNS_SQL},
        contract_id uuid NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
        file_name varchar(200) NOT NULL,
        content_type varchar(100) NOT NULL,
        bytes integer NOT NULL,
        storage_key varchar(200) NOT NULL,
        uploaded_by uuid
      )`);
    await db.query(`CREATE INDEX contract_attachment_contract_idx ON contract_attachment (contract_id)`);

    await db.query(`
      CREATE TABLE contract_event (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        contract_id uuid NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
        action varchar(40) NOT NULL,
        from_status varchar(20),
        to_status varchar(20),
        note varchar(1000),
        actor_kind varchar(10) NOT NULL,
        actor_id uuid,
        actor_label varchar(200),
        occurred_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX contract_event_contract_idx ON contract_event (contract_id, id)`);

    await db.query(`
      CREATE TABLE contract_expiry_reminder (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        contract_id uuid NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
        ends_on date NOT NULL,
        days_before integer NOT NULL,
        reminded_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT contract_expiry_reminder_key UNIQUE (contract_id, ends_on, days_before)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE contract_expiry_reminder, contract_event, contract_attachment, contract`);
  }
}
