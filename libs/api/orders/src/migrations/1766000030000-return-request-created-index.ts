import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The sales dashboard's returns rate counts the month's return requests by when they were raised. */
export class ReturnRequestCreatedIndex1766000030000 implements MigrationInterface {
  name = 'ReturnRequestCreatedIndex1766000030000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX return_request_created_idx ON return_request (created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX return_request_created_idx`);
  }
}
