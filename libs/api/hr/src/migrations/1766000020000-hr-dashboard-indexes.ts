import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The HR dashboard's figures: probation ending, open hiring requests and who is on leave on a day. */
export class HrDashboardIndexes1766000020000 implements MigrationInterface {
  name = 'HrDashboardIndexes1766000020000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX employee_probation_end_idx ON employee (probation_end_date) WHERE status = 'probation'`,
    );
    await db.query(`CREATE INDEX hiring_request_status_idx ON hiring_request (status, id)`);
    await db.query(
      `CREATE INDEX leave_request_approved_days_idx ON leave_request (starts_on, ends_on) WHERE status = 'approved'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX leave_request_approved_days_idx`);
    await db.query(`DROP INDEX hiring_request_status_idx`);
    await db.query(`DROP INDEX employee_probation_end_idx`);
  }
}
