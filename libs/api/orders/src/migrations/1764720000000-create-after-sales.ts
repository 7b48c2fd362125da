import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VERSIONED_COLUMNS_SQL } from '@zhanggui/api-platform';

/** A history table nobody rewrites: who did what to a document, when. */
function historyTable(table: string, parent: string, parentColumn: string): string {
  return `
    CREATE TABLE ${table} (
      id uuid PRIMARY KEY DEFAULT uuidv7(),
      ${parentColumn} uuid NOT NULL REFERENCES ${parent} (id),
      action varchar(24) NOT NULL,
      from_status varchar(24),
      to_status varchar(24) NOT NULL,
      note varchar(1000),
      data jsonb NOT NULL DEFAULT '{}',
      actor_kind varchar(8) NOT NULL,
      actor_id uuid,
      actor_label varchar(200),
      occurred_at timestamptz(3) NOT NULL DEFAULT now()
    )`;
}

export class CreateAfterSales1764720000000 implements MigrationInterface {
  name = 'CreateAfterSales1764720000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION after_sales_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$`);
    const appendOnly = async (table: string) =>
      db.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
          FOR EACH ROW EXECUTE FUNCTION after_sales_append_only()`);

    await db.query(`
      CREATE TABLE after_sales_setting (
        id smallint PRIMARY KEY CHECK (id = 1),
        return_window_days integer NOT NULL DEFAULT 7 CHECK (return_window_days BETWEEN 0 AND 90),
        rebate_expiry_months integer NOT NULL DEFAULT 12 CHECK (rebate_expiry_months BETWEEN 1 AND 120),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`INSERT INTO after_sales_setting (id) VALUES (1)`);

    // ── Cash on delivery ──────────────────────────────────────────────────────────────────────────────
    await db.query(`
      CREATE TABLE cod_collection (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        order_id uuid NOT NULL REFERENCES sales_order (id),
        org_unit_id uuid NOT NULL REFERENCES org_unit (id),
        amount bigint NOT NULL CHECK (amount >= 0),
        expected_amount bigint NOT NULL CHECK (expected_amount >= 0),
        currency char(3) NOT NULL,
        collected_by uuid NOT NULL,
        business_day date NOT NULL,
        note varchar(500),
        recorded_by_kind varchar(8) NOT NULL,
        recorded_by_id uuid,
        collected_at timestamptz(3) NOT NULL DEFAULT now(),
        -- The cash of an order is collected once; a correction is a discrepancy on its remittance.
        CONSTRAINT cod_collection_order_key UNIQUE (order_id)
      )`);
    await db.query(`CREATE INDEX cod_collection_unit_day_idx ON cod_collection (org_unit_id, business_day)`);
    await db.query(
      `CREATE INDEX cod_collection_courier_day_idx ON cod_collection (collected_by, business_day)`,
    );
    await appendOnly('cod_collection');

    await db.query(`
      CREATE TABLE cod_remittance (${VERSIONED_COLUMNS_SQL},
        number varchar(24) NOT NULL,
        org_unit_id uuid NOT NULL REFERENCES org_unit (id),
        courier_id uuid,
        business_day date NOT NULL,
        status varchar(16) NOT NULL CHECK (status IN
          ('awaiting_cash', 'handed_in', 'confirmed', 'discrepancy', 'resolved')),
        currency char(3) NOT NULL,
        order_count integer NOT NULL CHECK (order_count > 0),
        expected_amount bigint NOT NULL CHECK (expected_amount >= 0),
        handed_in_amount bigint CHECK (handed_in_amount >= 0),
        handed_in_at timestamptz(3),
        handed_in_by uuid,
        confirmed_at timestamptz(3),
        confirmed_by uuid,
        discrepancy_reason varchar(500),
        resolution varchar(16) CHECK (resolution IN ('recovered', 'written_off', 'counting_error')),
        resolved_at timestamptz(3),
        resolved_by uuid,
        created_by uuid,
        CONSTRAINT cod_remittance_number_key UNIQUE (number),
        CONSTRAINT cod_remittance_discrepancy_has_reason CHECK (
          status NOT IN ('discrepancy', 'resolved') OR discrepancy_reason IS NOT NULL),
        CONSTRAINT cod_remittance_resolved_has_resolution CHECK (status <> 'resolved' OR resolution IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX cod_remittance_status_idx ON cod_remittance (status, id)`);
    await db.query(`CREATE INDEX cod_remittance_unit_idx ON cod_remittance (org_unit_id, id)`);
    await db.query(`CREATE INDEX cod_remittance_day_idx ON cod_remittance (business_day, id)`);

    await db.query(`
      CREATE TABLE cod_remittance_line (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        remittance_id uuid NOT NULL REFERENCES cod_remittance (id),
        cod_collection_id uuid NOT NULL REFERENCES cod_collection (id),
        order_id uuid NOT NULL REFERENCES sales_order (id),
        amount bigint NOT NULL CHECK (amount >= 0),
        -- One order's cash is handed in once: two batches racing for it cannot both commit.
        CONSTRAINT cod_remittance_line_order_key UNIQUE (order_id),
        CONSTRAINT cod_remittance_line_collection_key UNIQUE (cod_collection_id)
      )`);
    await db.query(`CREATE INDEX cod_remittance_line_remittance_idx ON cod_remittance_line (remittance_id)`);
    await db.query(historyTable('cod_remittance_history', 'cod_remittance', 'remittance_id'));
    await db.query(`CREATE INDEX cod_remittance_history_idx ON cod_remittance_history (remittance_id, id)`);
    await appendOnly('cod_remittance_history');

    // ── Returns and refunds ───────────────────────────────────────────────────────────────────────────
    await db.query(`
      CREATE TABLE return_request (${VERSIONED_COLUMNS_SQL},
        number varchar(24) NOT NULL,
        order_id uuid NOT NULL REFERENCES sales_order (id),
        customer_id uuid NOT NULL REFERENCES customer (id),
        org_unit_id uuid NOT NULL REFERENCES org_unit (id),
        warehouse_id uuid NOT NULL REFERENCES warehouse (id),
        kind varchar(8) NOT NULL CHECK (kind IN ('return', 'exchange')),
        status varchar(16) NOT NULL CHECK (status IN
          ('requested', 'approved', 'received', 'inspected', 'refunded', 'exchanged', 'rejected')),
        ticket_id uuid,
        currency char(3) NOT NULL,
        reject_reason varchar(500),
        refund_amount bigint NOT NULL DEFAULT 0 CHECK (refund_amount >= 0),
        replacement_carrier varchar(60),
        replacement_tracking_number varchar(60),
        created_by uuid,
        approved_at timestamptz(3),
        received_at timestamptz(3),
        inspected_at timestamptz(3),
        closed_at timestamptz(3),
        CONSTRAINT return_request_number_key UNIQUE (number),
        CONSTRAINT return_request_rejected_has_reason CHECK (status <> 'rejected' OR reject_reason IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX return_request_status_idx ON return_request (status, id)`);
    await db.query(`CREATE INDEX return_request_order_idx ON return_request (order_id, id)`);
    await db.query(`CREATE INDEX return_request_unit_idx ON return_request (org_unit_id, id)`);

    await db.query(`
      CREATE TABLE return_line (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        return_id uuid NOT NULL REFERENCES return_request (id),
        order_line_id uuid NOT NULL REFERENCES sales_order_line (id),
        sku_id uuid NOT NULL REFERENCES sku (id),
        quantity integer NOT NULL CHECK (quantity > 0),
        reason varchar(200) NOT NULL,
        disposition varchar(8) CHECK (disposition IN ('restock', 'scrap')),
        refund_amount bigint CHECK (refund_amount >= 0),
        CONSTRAINT return_line_once_key UNIQUE (return_id, order_line_id)
      )`);
    await db.query(`CREATE INDEX return_line_order_line_idx ON return_line (order_line_id)`);
    await db.query(historyTable('return_history', 'return_request', 'return_id'));
    await db.query(`CREATE INDEX return_history_idx ON return_history (return_id, id)`);
    await appendOnly('return_history');

    await db.query(`
      CREATE TABLE refund (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        return_id uuid NOT NULL REFERENCES return_request (id),
        order_id uuid NOT NULL REFERENCES sales_order (id),
        customer_id uuid NOT NULL REFERENCES customer (id),
        method varchar(16) NOT NULL CHECK (method IN ('original_payment', 'cash')),
        status varchar(8) NOT NULL CHECK (status IN ('pending', 'paid')),
        amount bigint NOT NULL CHECK (amount >= 0),
        rebate_amount bigint NOT NULL DEFAULT 0 CHECK (rebate_amount >= 0),
        currency char(3) NOT NULL,
        issued_by uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        paid_at timestamptz(3),
        CONSTRAINT refund_return_key UNIQUE (return_id)
      )`);
    await db.query(`CREATE INDEX refund_order_idx ON refund (order_id)`);

    // ── Rebates ───────────────────────────────────────────────────────────────────────────────────────
    await db.query(`
      CREATE TABLE rebate_entry (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        customer_id uuid NOT NULL REFERENCES customer (id),
        kind varchar(8) NOT NULL CHECK (kind IN ('earned', 'redeemed', 'reversed', 'expired', 'restored')),
        amount bigint NOT NULL,
        -- The running balance after this entry, set by the trigger below: a cache the database keeps honest.
        balance_after bigint NOT NULL CHECK (balance_after >= 0),
        currency char(3) NOT NULL DEFAULT 'CNY',
        order_id uuid REFERENCES sales_order (id),
        rate_bps integer,
        source_key varchar(100) NOT NULL,
        note varchar(500),
        actor_kind varchar(8) NOT NULL,
        actor_id uuid,
        occurred_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT rebate_entry_source_key UNIQUE (source_key),
        CONSTRAINT rebate_entry_sign CHECK (
          (kind IN ('earned', 'restored') AND amount > 0) OR (kind NOT IN ('earned', 'restored') AND amount < 0))
      )`);
    await db.query(`CREATE INDEX rebate_entry_customer_idx ON rebate_entry (customer_id, id)`);
    await db.query(
      `CREATE INDEX rebate_entry_order_idx ON rebate_entry (order_id) WHERE order_id IS NOT NULL`,
    );
    // The balance is the ledger's sum: each row carries it forward from the customer's previous row, and the
    // CHECK above refuses any entry that would take it below zero (writers lock the customer first).
    await db.query(`
      CREATE FUNCTION rebate_entry_balance() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.balance_after := COALESCE((SELECT balance_after FROM rebate_entry
                                        WHERE customer_id = NEW.customer_id ORDER BY id DESC LIMIT 1), 0)
                             + NEW.amount;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER rebate_entry_balance BEFORE INSERT ON rebate_entry
        FOR EACH ROW EXECUTE FUNCTION rebate_entry_balance()`);
    await appendOnly('rebate_entry');
    await db.query(`
      CREATE TRIGGER rebate_entry_no_truncate BEFORE TRUNCATE ON rebate_entry
        FOR EACH STATEMENT EXECUTE FUNCTION after_sales_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'rebate_entry',
      'refund',
      'return_history',
      'return_line',
      'return_request',
      'cod_remittance_history',
      'cod_remittance_line',
      'cod_remittance',
      'cod_collection',
      'after_sales_setting',
    ])
      await db.query(`DROP TABLE ${table}`);
    await db.query(`DROP FUNCTION rebate_entry_balance()`);
    await db.query(`DROP FUNCTION after_sales_append_only()`);
  }
}
