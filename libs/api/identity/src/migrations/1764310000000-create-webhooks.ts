import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VERSIONED_COLUMNS_SQL } from '@zhanggui/api-platform';

export class CreateWebhooks1764310000000 implements MigrationInterface {
  name = 'CreateWebhooks1764310000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE webhook_subscription (${VERSIONED_COLUMNS_SQL},
        name varchar(100) NOT NULL,
        url varchar(2000) NOT NULL,
        event_types text[] NOT NULL,
        signing_secret varchar(100) NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused')),
        created_by uuid REFERENCES user_account (id)
      )`);
    await db.query(`
      CREATE TABLE webhook_delivery (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        subscription_id uuid NOT NULL REFERENCES webhook_subscription (id),
        event_id uuid NOT NULL REFERENCES outbox_event (id),
        event_type varchar(80) NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'retrying', 'succeeded', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        last_status_code integer,
        last_error varchar(500),
        last_attempt_at timestamptz(3),
        last_duration_ms integer,
        delivered_at timestamptz(3),
        replay_of uuid REFERENCES webhook_delivery (id),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX webhook_delivery_subscription_idx ON webhook_delivery (subscription_id, id)`,
    );
    // An event reaches a subscription once, however often the fan-out runs; replays are separate rows.
    await db.query(
      `CREATE UNIQUE INDEX webhook_delivery_once ON webhook_delivery (subscription_id, event_id) WHERE replay_of IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE webhook_delivery, webhook_subscription`);
  }
}
