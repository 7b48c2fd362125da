import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VERSIONED_COLUMNS_SQL } from '@zhanggui/api-platform';

export class CreateCustomers1764700000000 implements MigrationInterface {
  name = 'CreateCustomers1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // Human numbers count up for ever (C-000123, M-000045): customers quote them on the phone.
    await db.query(`CREATE SEQUENCE customer_number_seq`);
    await db.query(`CREATE SEQUENCE member_number_seq`);

    await db.query(`
      CREATE TABLE customer (${VERSIONED_COLUMNS_SQL},
        number varchar(16) NOT NULL,
        name varchar(100) NOT NULL,
        -- Always the bare 11 digits of a mainland mobile (see phone.ts), so every spelling finds the customer.
        phone varchar(11) NOT NULL CHECK (phone ~ '^1[3-9][0-9]{9}$'),
        email varchar(254),
        gender varchar(8) CHECK (gender IN ('male', 'female')),
        birthday date,
        source varchar(24) NOT NULL CHECK (source IN ('website', 'customer_service', 'franchise')),
        tags text[] NOT NULL DEFAULT '{}',
        -- The sales territory (a city, region or province org unit): what managers' data scopes are checked against.
        territory_id uuid REFERENCES org_unit (id),
        territory_source varchar(8) CHECK (territory_source IN ('address', 'manual')),
        marketing_consent boolean NOT NULL DEFAULT false,
        marketing_consent_at timestamptz(3),
        marketing_consent_channel varchar(24),
        status varchar(16) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'merged')),
        merged_into_id uuid REFERENCES customer (id),
        search_text text NOT NULL DEFAULT '',
        search_grams text[] NOT NULL DEFAULT '{}',
        CONSTRAINT customer_number_key UNIQUE (number),
        CHECK ((status = 'merged') = (merged_into_id IS NOT NULL))
      )`);
    // One active customer per phone; a merged-away customer keeps its phone for the record.
    await db.query(`CREATE UNIQUE INDEX customer_phone_key ON customer (phone) WHERE status = 'active'`);
    // "The last four digits" is how callers identify themselves.
    await db.query(`CREATE INDEX customer_phone_last4_idx ON customer (right(phone, 4))`);
    await db.query(`CREATE INDEX customer_search_trgm_idx ON customer USING gin (search_text gin_trgm_ops)`);
    await db.query(`CREATE INDEX customer_search_grams_idx ON customer USING gin (search_grams)`);
    await db.query(`CREATE INDEX customer_name_id_idx ON customer (name, id)`);
    await db.query(`CREATE INDEX customer_territory_idx ON customer (territory_id, id)`);
    await db.query(`CREATE INDEX customer_tags_idx ON customer USING gin (tags)`);

    await db.query(`
      CREATE TABLE customer_address (${VERSIONED_COLUMNS_SQL},
        customer_id uuid NOT NULL REFERENCES customer (id),
        province_code char(6) NOT NULL,
        city_code char(6) NOT NULL,
        district_code char(6),
        detail varchar(200) NOT NULL,
        recipient_name varchar(50) NOT NULL,
        recipient_phone varchar(11) NOT NULL CHECK (recipient_phone ~ '^1[3-9][0-9]{9}$'),
        is_default boolean NOT NULL DEFAULT false
      )`);
    await db.query(`CREATE INDEX customer_address_customer_idx ON customer_address (customer_id)`);
    await db.query(
      `CREATE UNIQUE INDEX customer_address_one_default ON customer_address (customer_id) WHERE is_default`,
    );

    // Which sales territory serves a city (GB/T 2260 city code): customers there belong to it.
    await db.query(`
      CREATE TABLE territory_city (${VERSIONED_COLUMNS_SQL},
        city_code char(6) NOT NULL,
        org_unit_id uuid NOT NULL REFERENCES org_unit (id),
        CONSTRAINT territory_city_city_code_key UNIQUE (city_code)
      )`);

    // The customer's story in the words of customer service (registered, consent withdrawn, merged…).
    await db.query(`
      CREATE TABLE customer_event (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        customer_id uuid NOT NULL REFERENCES customer (id),
        action varchar(40) NOT NULL,
        note varchar(500),
        data jsonb NOT NULL DEFAULT '{}',
        actor_kind varchar(8) NOT NULL,
        actor_id uuid,
        actor_label varchar(200),
        occurred_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX customer_event_customer_idx ON customer_event (customer_id, id)`);

    await db.query(`
      CREATE TABLE member_level (${VERSIONED_COLUMNS_SQL},
        name_zh varchar(40) NOT NULL,
        name_en varchar(60) NOT NULL,
        threshold_amount bigint NOT NULL CHECK (threshold_amount >= 0),
        currency char(3) NOT NULL DEFAULT 'CNY',
        rebate_bps integer NOT NULL CHECK (rebate_bps BETWEEN 0 AND 10000),
        CONSTRAINT member_level_name_zh_key UNIQUE (name_zh),
        CONSTRAINT member_level_threshold_key UNIQUE (threshold_amount)
      )`);

    await db.query(`
      CREATE TABLE member (${VERSIONED_COLUMNS_SQL},
        customer_id uuid NOT NULL REFERENCES customer (id),
        number varchar(16) NOT NULL,
        channel varchar(24) NOT NULL CHECK (channel IN ('website', 'customer_service')),
        joined_at timestamptz(3) NOT NULL DEFAULT now(),
        level_id uuid REFERENCES member_level (id),
        level_since timestamptz(3),
        -- Completed-order spend of the rolling 12 months, kept current from customer_spend.
        qualifying_spend bigint NOT NULL DEFAULT 0,
        status varchar(16) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'merged')),
        CONSTRAINT member_number_key UNIQUE (number)
      )`);
    await db.query(`CREATE UNIQUE INDEX member_customer_key ON member (customer_id) WHERE status = 'active'`);
    await db.query(`CREATE INDEX member_level_idx ON member (level_id)`);

    // Spend reported by orders, once per source document: the ledger qualifying spend is summed from.
    await db.query(`
      CREATE TABLE customer_spend (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        customer_id uuid NOT NULL REFERENCES customer (id),
        source_id varchar(100) NOT NULL,
        amount bigint NOT NULL,
        occurred_at timestamptz(3) NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT customer_spend_source_key UNIQUE (source_id)
      )`);
    await db.query(`CREATE INDEX customer_spend_customer_idx ON customer_spend (customer_id, occurred_at)`);

    await db.query(`
      CREATE TABLE member_level_change (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        member_id uuid NOT NULL REFERENCES member (id),
        from_level_id uuid REFERENCES member_level (id),
        to_level_id uuid REFERENCES member_level (id),
        qualifying_spend bigint NOT NULL,
        reason varchar(24) NOT NULL,
        changed_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX member_level_change_member_idx ON member_level_change (member_id, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'member_level_change',
      'customer_spend',
      'member',
      'member_level',
      'customer_event',
      'territory_city',
      'customer_address',
      'customer',
    ])
      await db.query(`DROP TABLE ${table}`);
    await db.query(`DROP SEQUENCE member_number_seq`);
    await db.query(`DROP SEQUENCE customer_number_seq`);
  }
}
