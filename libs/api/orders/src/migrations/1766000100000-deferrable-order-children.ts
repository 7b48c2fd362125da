import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Placement writes an order's lines and timeline before the order row, so that the day's number counter
 * (locked until commit) is taken as late as possible. The foreign keys stay immediate for everyone else;
 * placement defers them for its own transaction only (SET CONSTRAINTS … DEFERRED).
 */
export class DeferrableOrderChildren1766000100000 implements MigrationInterface {
  name = 'DeferrableOrderChildren1766000100000';

  async up(db: QueryRunner): Promise<void> {
    for (const constraint of CONSTRAINTS)
      await db.query(
        `ALTER TABLE ${constraint.table} ALTER CONSTRAINT ${constraint.name} DEFERRABLE INITIALLY IMMEDIATE`,
      );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const constraint of CONSTRAINTS)
      await db.query(`ALTER TABLE ${constraint.table} ALTER CONSTRAINT ${constraint.name} NOT DEFERRABLE`);
  }
}

const CONSTRAINTS = [
  { table: 'sales_order_line', name: 'sales_order_line_order_id_fkey' },
  { table: 'sales_order_timeline', name: 'sales_order_timeline_order_id_fkey' },
];
