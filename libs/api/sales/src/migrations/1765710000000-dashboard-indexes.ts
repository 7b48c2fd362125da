import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the general manager's dashboard where the owning domains had none suitable. Sales and the
 * order funnel read a month of orders by placement time: the covering index answers both from the index
 * alone (sales_order_created_at_idx would visit every order's row). Open SLA breaches are a handful of rows
 * among all tickets, found through a partial index.
 */
export class DashboardIndexes1765710000000 implements MigrationInterface {
  name = 'DashboardIndexes1765710000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX sales_order_created_dashboard_idx ON sales_order (created_at)
        INCLUDE (org_unit_id, status, total, confirmed_at, shipped_at, delivered_at)`);
    await db.query(`
      CREATE INDEX support_ticket_breached_idx ON support_ticket (status)
        WHERE first_response_breached OR resolution_breached`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX support_ticket_breached_idx`);
    await db.query(`DROP INDEX sales_order_created_dashboard_idx`);
  }
}
