import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The support dashboard counts open tickets by priority; only the open ones are indexed, the closed pile grows forever. */
export class TicketDashboardIndex1766000010000 implements MigrationInterface {
  name = 'TicketDashboardIndex1766000010000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX support_ticket_open_priority_idx ON support_ticket (priority)
        WHERE status IN ('new', 'open', 'waiting_on_customer')`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX support_ticket_open_priority_idx`);
  }
}
