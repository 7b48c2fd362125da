import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VERSIONED_COLUMNS_SQL } from '@zhanggui/api-platform';

export class CreateCatalog1764400000000 implements MigrationInterface {
  name = 'CreateCatalog1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await db.query(`
      CREATE TABLE category (${VERSIONED_COLUMNS_SQL},
        name varchar(100) NOT NULL,
        parent_id uuid REFERENCES category (id),
        sort_order integer NOT NULL DEFAULT 0,
        status varchar(16) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived'))
      )`);
    // A name is unique among its siblings (手机壳 may exist under two parents).
    await db.query(`CREATE UNIQUE INDEX category_sibling_name_key ON category
                    (COALESCE(parent_id, '00000000-0000-0000-0000-000000000000'), lower(name))`);

    await db.query(`
      CREATE TABLE brand (${VERSIONED_COLUMNS_SQL},
        name varchar(100) NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived'))
      )`);
    await db.query(`CREATE UNIQUE INDEX brand_name_key ON brand (lower(name))`);

    await db.query(`
      CREATE TABLE product (${VERSIONED_COLUMNS_SQL},
        name varchar(200) NOT NULL,
        category_id uuid REFERENCES category (id),
        brand_id uuid REFERENCES brand (id),
        status varchar(16) NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft', 'in_review', 'listed', 'delisted')),
        listed_at timestamptz(3),
        -- What search matches: name, SKU codes, barcodes and pinyin, lower case (see product-search.ts).
        search_text text NOT NULL DEFAULT '',
        -- Every one- and two-character piece of the name and its pinyin initials, for queries too short for trigrams.
        search_grams text[] NOT NULL DEFAULT '{}'
      )`);
    await db.query(`CREATE INDEX product_search_trgm_idx ON product USING gin (search_text gin_trgm_ops)`);
    await db.query(`CREATE INDEX product_search_grams_idx ON product USING gin (search_grams)`);
    await db.query(`CREATE INDEX product_name_id_idx ON product (name, id)`);
    await db.query(`CREATE INDEX product_status_id_idx ON product (status, id)`);
    await db.query(`CREATE INDEX product_category_idx ON product (category_id)`);

    await db.query(`
      CREATE TABLE product_content (
        product_id uuid NOT NULL REFERENCES product (id) ON DELETE CASCADE,
        locale varchar(8) NOT NULL CHECK (locale IN ('zh-CN', 'en')),
        title varchar(200) NOT NULL,
        selling_points text[] NOT NULL DEFAULT '{}',
        description_html text NOT NULL DEFAULT '',
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (product_id, locale)
      )`);

    await db.query(`
      CREATE TABLE sku (${VERSIONED_COLUMNS_SQL},
        product_id uuid NOT NULL REFERENCES product (id),
        code varchar(64) NOT NULL,
        name varchar(200),
        attributes jsonb NOT NULL DEFAULT '{}',
        barcode varchar(32),
        unit varchar(16) NOT NULL DEFAULT '件',
        weight_grams integer CHECK (weight_grams IS NULL OR weight_grams >= 0),
        status varchar(16) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'discontinued')),
        CONSTRAINT sku_code_key UNIQUE (code)
      )`);
    await db.query(`CREATE INDEX sku_product_idx ON sku (product_id)`);
    await db.query(`CREATE UNIQUE INDEX sku_barcode_key ON sku (barcode) WHERE barcode IS NOT NULL`);

    await db.query(`
      CREATE TABLE product_image (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        product_id uuid NOT NULL REFERENCES product (id),
        storage_key varchar(200) NOT NULL,
        content_type varchar(40) NOT NULL,
        width integer NOT NULL,
        height integer NOT NULL,
        bytes integer NOT NULL,
        variants jsonb NOT NULL,
        position integer NOT NULL,
        is_main boolean NOT NULL DEFAULT false,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX product_image_product_idx ON product_image (product_id, position)`);
    await db.query(`CREATE UNIQUE INDEX product_image_one_main ON product_image (product_id) WHERE is_main`);

    // Prices are never updated, only superseded by a later row: the table is the history.
    await db.query(`
      CREATE TABLE sku_price (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        sku_id uuid NOT NULL REFERENCES sku (id),
        channel varchar(16) NOT NULL CHECK (channel IN ('website', 'offline', 'wholesale')),
        amount bigint NOT NULL CHECK (amount >= 0),
        currency char(3) NOT NULL DEFAULT 'CNY',
        effective_from timestamptz(3) NOT NULL,
        status varchar(24) NOT NULL CHECK (status IN ('active', 'pending_approval', 'rejected')),
        approval_request_id uuid,
        reason varchar(500),
        created_by uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX sku_price_current_idx ON sku_price (sku_id, channel, effective_from DESC, id DESC)
                    WHERE status = 'active'`);
    await db.query(
      `CREATE INDEX sku_price_approval_idx ON sku_price (approval_request_id) WHERE approval_request_id IS NOT NULL`,
    );

    await db.query(`
      CREATE TABLE sku_cost (
        sku_id uuid PRIMARY KEY REFERENCES sku (id),
        amount bigint NOT NULL CHECK (amount >= 0),
        currency char(3) NOT NULL DEFAULT 'CNY',
        quantity_basis bigint NOT NULL DEFAULT 0,
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE sku_cost_change (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        sku_id uuid NOT NULL REFERENCES sku (id),
        amount bigint NOT NULL,
        previous_amount bigint,
        source varchar(40) NOT NULL,
        source_id varchar(64),
        received_quantity bigint,
        unit_cost bigint,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE UNIQUE INDEX sku_cost_change_source_key ON sku_cost_change (source, source_id) WHERE source_id IS NOT NULL`,
    );

    // One row: the margins the product manager prices with.
    await db.query(`
      CREATE TABLE pricing_policy (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        target_margin_bp integer NOT NULL CHECK (target_margin_bp BETWEEN 0 AND 100000),
        minimum_margin_bp integer NOT NULL CHECK (minimum_margin_bp BETWEEN 0 AND 100000),
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (minimum_margin_bp <= target_margin_bp)
      )`);
    await db.query(`INSERT INTO pricing_policy (target_margin_bp, minimum_margin_bp) VALUES (3000, 1000)`);

    await db.query(`
      CREATE TABLE competitor_price (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        sku_id uuid NOT NULL REFERENCES sku (id),
        competitor varchar(100) NOT NULL,
        url varchar(2000),
        amount bigint NOT NULL CHECK (amount >= 0),
        currency char(3) NOT NULL DEFAULT 'CNY',
        observed_at timestamptz(3) NOT NULL,
        created_by uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX competitor_price_sku_idx ON competitor_price (sku_id, observed_at DESC)`);

    await db.query(`
      CREATE TABLE promotion (${VERSIONED_COLUMNS_SQL},
        number varchar(24) NOT NULL UNIQUE,
        name varchar(100) NOT NULL,
        kind varchar(16) NOT NULL CHECK (kind IN ('percent_off', 'amount_off', 'spend_save', 'buy_x_get_y')),
        target_scope varchar(16) NOT NULL CHECK (target_scope IN ('order', 'products', 'categories')),
        target_ids uuid[] NOT NULL DEFAULT '{}',
        parameters jsonb NOT NULL,
        currency char(3) NOT NULL DEFAULT 'CNY',
        starts_at timestamptz(3) NOT NULL,
        ends_at timestamptz(3) NOT NULL,
        channels text[] NOT NULL,
        region_ids uuid[] NOT NULL DEFAULT '{}',
        per_customer_limit integer CHECK (per_customer_limit IS NULL OR per_customer_limit > 0),
        total_limit integer CHECK (total_limit IS NULL OR total_limit > 0),
        times_used integer NOT NULL DEFAULT 0,
        priority integer NOT NULL DEFAULT 100,
        stacking varchar(16) NOT NULL CHECK (stacking IN ('exclusive', 'combinable')),
        exclusion_group varchar(40),
        status varchar(16) NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'paused', 'archived')),
        CHECK (ends_at > starts_at)
      )`);
    await db.query(`CREATE INDEX promotion_window_idx ON promotion (status, starts_at, ends_at)`);
    await db.query(`
      CREATE TABLE promotion_usage (
        promotion_id uuid NOT NULL REFERENCES promotion (id),
        order_id varchar(64) NOT NULL,
        customer_id uuid,
        used_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (promotion_id, order_id)
      )`);
    await db.query(
      `CREATE INDEX promotion_usage_customer_idx ON promotion_usage (promotion_id, customer_id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE promotion_usage, promotion, competitor_price, pricing_policy, sku_cost_change, sku_cost, sku_price,
                    product_image, sku, product_content, product, brand, category`);
  }
}
