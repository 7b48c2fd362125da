import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The warehouse dashboard counts transfers in transit; a partial index keeps that off a scan of every transfer. */
export class TransferDashboardIndex1766000000000 implements MigrationInterface {
  name = 'TransferDashboardIndex1766000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX stock_transfer_in_transit_idx ON stock_transfer (id) WHERE status = 'in_transit'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX stock_transfer_in_transit_idx`);
  }
}
