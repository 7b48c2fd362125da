import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VERSIONED_COLUMNS_SQL } from '@zhanggui/api-platform';

/**
 * Campaigns (企划) with their history, creatives and the visits the website reports, and the website's content
 * (编辑): pages, banners and announcements by language and schedule.
 */
export class CreateCampaignsAndContent1765700000000 implements MigrationInterface {
  name = 'CreateCampaignsAndContent1765700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE campaign (${VERSIONED_COLUMNS_SQL},
        number varchar(24) NOT NULL,
        name varchar(200) NOT NULL,
        channel varchar(8) NOT NULL CHECK (channel IN ('online', 'offline')),
        status varchar(16) NOT NULL CHECK (status IN ('planned', 'running', 'finished', 'cancelled')),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        budget bigint NOT NULL CHECK (budget >= 0),
        target_revenue bigint CHECK (target_revenue >= 0),
        currency char(3) NOT NULL DEFAULT 'CNY',
        territory_ids uuid[] NOT NULL,
        promotion_ids uuid[] NOT NULL,
        slogans jsonb NOT NULL DEFAULT '[]',
        note varchar(2000),
        CONSTRAINT campaign_number_key UNIQUE (number),
        CONSTRAINT campaign_period_check CHECK (ends_on >= starts_on)
      )`);
    await db.query(`CREATE INDEX campaign_status_idx ON campaign (status, id)`);
    await db.query(`CREATE INDEX campaign_starts_on_idx ON campaign (starts_on, id)`);
    await db.query(`CREATE INDEX campaign_name_idx ON campaign (name, id)`);
    await db.query(`
      CREATE TABLE campaign_history (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        campaign_id uuid NOT NULL REFERENCES campaign (id),
        from_status varchar(16),
        to_status varchar(16) NOT NULL,
        note varchar(2000),
        actor_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX campaign_history_campaign_idx ON campaign_history (campaign_id, id)`);
    // History is what happened: never rewritten.
    await db.query(`
      CREATE FUNCTION campaign_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'campaign_history is append-only'; END $$`);
    await db.query(`CREATE TRIGGER campaign_history_append_only BEFORE UPDATE OR DELETE
                      ON campaign_history FOR EACH ROW EXECUTE FUNCTION campaign_history_append_only()`);
    await db.query(`
      CREATE TABLE campaign_asset (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        campaign_id uuid NOT NULL REFERENCES campaign (id),
        storage_key varchar(300) NOT NULL,
        content_type varchar(40) NOT NULL,
        bytes integer NOT NULL,
        file_name varchar(200),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX campaign_asset_campaign_idx ON campaign_asset (campaign_id, id)`);
    // The key is the idempotency rule: one count per campaign, day and source; a new report replaces it.
    await db.query(`
      CREATE TABLE campaign_visit (
        campaign_id uuid NOT NULL REFERENCES campaign (id),
        visit_date date NOT NULL,
        source varchar(40) NOT NULL,
        visits integer NOT NULL CHECK (visits >= 0),
        reported_at timestamptz(3) NOT NULL,
        PRIMARY KEY (campaign_id, visit_date, source)
      )`);

    await db.query(`
      CREATE TABLE site_content (${VERSIONED_COLUMNS_SQL},
        kind varchar(16) NOT NULL CHECK (kind IN ('page', 'banner', 'announcement')),
        language varchar(8) NOT NULL CHECK (language IN ('zh-CN', 'en')),
        slug varchar(100) NOT NULL,
        title varchar(200) NOT NULL,
        body text NOT NULL DEFAULT '',
        image_url varchar(500),
        link_url varchar(500),
        position integer NOT NULL DEFAULT 0,
        status varchar(16) NOT NULL CHECK (status IN ('draft', 'published', 'archived')),
        publish_from timestamptz(3),
        publish_until timestamptz(3),
        CONSTRAINT site_content_slug_key UNIQUE (kind, language, slug),
        CONSTRAINT site_content_schedule_check CHECK (publish_until IS NULL OR publish_from IS NULL
                                                      OR publish_until > publish_from)
      )`);
    await db.query(
      `CREATE INDEX site_content_published_idx ON site_content (kind, language, position, id)
         WHERE status = 'published'`,
    );
    await db.query(`CREATE INDEX site_content_updated_idx ON site_content (updated_at, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['site_content', 'campaign_visit', 'campaign_asset', 'campaign_history', 'campaign'])
      await db.query(`DROP TABLE ${table}`);
    await db.query(`DROP FUNCTION campaign_history_append_only()`);
  }
}
