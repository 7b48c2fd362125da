import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What labour contracts, probation reviews and personnel actions need beyond the first HR tables: a contract
 * remembers what it renewed and when it was ended early; a renewal reminder is kept once per contract, end date
 * and threshold (60 and 30 days before); a probation review has a human number and the new end date it asks for.
 */
export class HrContractsProbationActions1764910000000 implements MigrationInterface {
  name = 'HrContractsProbationActions1764910000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE labour_contract
      ADD COLUMN renewed_from_id uuid REFERENCES labour_contract (id),
      ADD COLUMN terminated_on date,
      ADD COLUMN termination_reason varchar(1000)`);
    // At most one active contract per employee: a renewal replaces it, never runs beside it.
    await db.query(`CREATE UNIQUE INDEX labour_contract_one_active ON labour_contract (employee_id)
                    WHERE status = 'active'`);

    await db.query(`ALTER TABLE contract_renewal_reminder ADD COLUMN days_before integer NOT NULL DEFAULT 0`);
    await db.query(`ALTER TABLE contract_renewal_reminder DROP CONSTRAINT contract_renewal_reminder_key`);
    await db.query(`ALTER TABLE contract_renewal_reminder
      ADD CONSTRAINT contract_renewal_reminder_key UNIQUE (contract_id, ends_on, days_before)`);

    await db.query(`ALTER TABLE probation_review
      ADD COLUMN number varchar(24) CONSTRAINT probation_review_number_key UNIQUE,
      ADD COLUMN new_probation_end_date date,
      ADD COLUMN leave_date date`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE probation_review
      DROP COLUMN leave_date, DROP COLUMN new_probation_end_date, DROP COLUMN number`);
    await db.query(`ALTER TABLE contract_renewal_reminder DROP CONSTRAINT contract_renewal_reminder_key`);
    await db.query(`DELETE FROM contract_renewal_reminder a USING contract_renewal_reminder b
                     WHERE a.contract_id = b.contract_id AND a.ends_on = b.ends_on AND a.id > b.id`);
    await db.query(`ALTER TABLE contract_renewal_reminder
      ADD CONSTRAINT contract_renewal_reminder_key UNIQUE (contract_id, ends_on)`);
    await db.query(`ALTER TABLE contract_renewal_reminder DROP COLUMN days_before`);
    await db.query(`DROP INDEX labour_contract_one_active`);
    await db.query(`ALTER TABLE labour_contract
      DROP COLUMN termination_reason, DROP COLUMN terminated_on, DROP COLUMN renewed_from_id`);
  }
}
