import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VERSIONED_COLUMNS_SQL } from '@zhanggui/api-platform';

export class CreateOrders1764710000000 implements MigrationInterface {
  name = 'CreateOrders1764710000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE sales_order (${VERSIONED_COLUMNS_SQL},
        number varchar(24) NOT NULL,
        customer_id uuid NOT NULL REFERENCES customer (id),
        channel varchar(16) NOT NULL CHECK (channel IN ('website', 'offline', 'wholesale')),
        payment_method varchar(8) NOT NULL CHECK (payment_method IN ('cod', 'prepaid')),
        status varchar(24) NOT NULL CHECK (status IN
          ('pending_payment', 'confirmed', 'allocated', 'shipped', 'delivered', 'completed', 'cancelled')),
        org_unit_id uuid NOT NULL REFERENCES org_unit (id),
        warehouse_id uuid NOT NULL REFERENCES warehouse (id),
        customer_address_id uuid REFERENCES customer_address (id),
        province_code char(6) NOT NULL,
        city_code char(6) NOT NULL,
        district_code char(6),
        address_detail varchar(200) NOT NULL,
        recipient_name varchar(50) NOT NULL,
        recipient_phone varchar(11) NOT NULL,
        currency char(3) NOT NULL DEFAULT 'CNY',
        list_total bigint NOT NULL CHECK (list_total >= 0),
        discount_total bigint NOT NULL CHECK (discount_total >= 0),
        total bigint NOT NULL CHECK (total >= 0),
        original_total bigint NOT NULL CHECK (original_total >= 0),
        paid_amount bigint NOT NULL DEFAULT 0 CHECK (paid_amount >= 0),
        line_count integer NOT NULL CHECK (line_count > 0),
        note varchar(1000),
        created_by_kind varchar(8) NOT NULL CHECK (created_by_kind IN ('user', 'api-key')),
        created_by_id uuid NOT NULL,
        carrier varchar(60),
        tracking_number varchar(60),
        courier_user_id uuid,
        confirmed_at timestamptz(3),
        allocated_at timestamptz(3),
        shipped_at timestamptz(3),
        delivered_at timestamptz(3),
        completed_at timestamptz(3),
        cancelled_at timestamptz(3),
        cancel_reason varchar(500),
        CONSTRAINT sales_order_number_key UNIQUE (number),
        CONSTRAINT sales_order_shipment_complete CHECK (
          status NOT IN ('shipped', 'delivered', 'completed')
          OR (carrier IS NOT NULL AND tracking_number IS NOT NULL AND courier_user_id IS NOT NULL))
      )`);
    // The list is newest first (UUIDv7 ids sort by time): each filter has an index ending in id, so a page
    // is an index range scan however deep the cursor.
    await db.query(`CREATE INDEX sales_order_status_idx ON sales_order (status, id)`);
    await db.query(`CREATE INDEX sales_order_org_unit_idx ON sales_order (org_unit_id, id)`);
    await db.query(`CREATE INDEX sales_order_customer_idx ON sales_order (customer_id, id)`);
    await db.query(`CREATE INDEX sales_order_created_by_idx ON sales_order (created_by_id, id)`);
    await db.query(`CREATE INDEX sales_order_created_at_idx ON sales_order (created_at)`);
    await db.query(`CREATE INDEX sales_order_recipient_phone_idx ON sales_order (recipient_phone)`);
    await db.query(`CREATE INDEX sales_order_number_prefix_idx ON sales_order (number varchar_pattern_ops)`);

    await db.query(`
      CREATE TABLE sales_order_line (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        order_id uuid NOT NULL REFERENCES sales_order (id),
        line_no integer NOT NULL,
        sku_id uuid NOT NULL REFERENCES sku (id),
        sku_code varchar(64) NOT NULL,
        product_name varchar(200) NOT NULL,
        quantity integer NOT NULL CHECK (quantity > 0),
        unit_price bigint NOT NULL CHECK (unit_price >= 0),
        list_amount bigint NOT NULL,
        discount_amount bigint NOT NULL CHECK (discount_amount >= 0),
        amount bigint NOT NULL CHECK (amount >= 0),
        discounts jsonb NOT NULL DEFAULT '[]',
        CONSTRAINT sales_order_line_adds_up CHECK (list_amount = quantity * unit_price AND amount = list_amount - discount_amount),
        CONSTRAINT sales_order_line_no_key UNIQUE (order_id, line_no)
      )`);

    await db.query(`
      CREATE TABLE sales_order_timeline (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        order_id uuid NOT NULL REFERENCES sales_order (id),
        action varchar(24) NOT NULL,
        from_status varchar(24),
        to_status varchar(24) NOT NULL,
        note varchar(1000),
        data jsonb NOT NULL DEFAULT '{}',
        actor_kind varchar(8) NOT NULL,
        actor_id uuid,
        actor_label varchar(200),
        occurred_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX sales_order_timeline_order_idx ON sales_order_timeline (order_id, id)`);
    // The timeline is the order's history: nobody rewrites it.
    await db.query(`
      CREATE FUNCTION sales_order_timeline_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'sales_order_timeline is append-only'; END $$`);
    await db.query(`
      CREATE TRIGGER sales_order_timeline_append_only BEFORE UPDATE OR DELETE ON sales_order_timeline
        FOR EACH ROW EXECUTE FUNCTION sales_order_timeline_append_only()`);

    await db.query(`
      CREATE TABLE sales_order_note (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        order_id uuid NOT NULL REFERENCES sales_order (id),
        text varchar(2000) NOT NULL,
        internal boolean NOT NULL,
        author_kind varchar(8) NOT NULL,
        author_id uuid,
        author_label varchar(200),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX sales_order_note_order_idx ON sales_order_note (order_id, id)`);

    await db.query(`
      CREATE TABLE order_payment (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        order_id uuid NOT NULL REFERENCES sales_order (id),
        provider varchar(32) NOT NULL,
        provider_transaction_id varchar(128) NOT NULL,
        amount bigint NOT NULL CHECK (amount > 0),
        currency char(3) NOT NULL,
        paid_at timestamptz(3) NOT NULL,
        received_at timestamptz(3) NOT NULL DEFAULT now(),
        -- A provider sends a confirmation again and again until we answer 2xx: the second one must not count.
        CONSTRAINT order_payment_transaction_key UNIQUE (provider, provider_transaction_id)
      )`);
    await db.query(`CREATE INDEX order_payment_order_idx ON order_payment (order_id)`);

    await db.query(`
      CREATE TABLE payment_callback_setting (
        id smallint PRIMARY KEY CHECK (id = 1),
        secret varchar(200) NOT NULL,
        updated_by uuid,
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'payment_callback_setting',
      'order_payment',
      'sales_order_note',
      'sales_order_timeline',
      'sales_order_line',
      'sales_order',
    ])
      await db.query(`DROP TABLE ${table}`);
    await db.query(`DROP FUNCTION sales_order_timeline_append_only()`);
  }
}
