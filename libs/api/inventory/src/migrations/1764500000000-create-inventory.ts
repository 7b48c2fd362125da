import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VERSIONED_COLUMNS_SQL } from '@zhanggui/api-platform';

export const MOVEMENT_KINDS_SQL = `'receipt', 'reservation', 'release', 'shipment', 'return', 'adjustment',
  'stocktake', 'transfer_out', 'transfer_in'`;

export class CreateInventory1764500000000 implements MigrationInterface {
  name = 'CreateInventory1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE warehouse (${VERSIONED_COLUMNS_SQL},
        code varchar(32) NOT NULL,
        name varchar(100) NOT NULL,
        -- The sales territory (province, region or city) it serves: what data scopes are checked against.
        region_id uuid REFERENCES org_unit (id),
        status varchar(16) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
        CONSTRAINT warehouse_code_key UNIQUE (code)
      )`);
    await db.query(`CREATE INDEX warehouse_code_id_idx ON warehouse (code, id)`);
    await db.query(`CREATE INDEX warehouse_region_idx ON warehouse (region_id)`);

    // One row per SKU and warehouse. The CHECKs are the last line of defence: services guard every update
    // so that these never fire in normal operation, but a bug can never store an oversold balance.
    await db.query(`
      CREATE TABLE stock_level (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        sku_id uuid NOT NULL REFERENCES sku (id),
        warehouse_id uuid NOT NULL REFERENCES warehouse (id),
        on_hand integer NOT NULL DEFAULT 0,
        reserved integer NOT NULL DEFAULT 0,
        in_transit integer NOT NULL DEFAULT 0,
        reorder_point integer NOT NULL DEFAULT 0,
        safety_stock integer NOT NULL DEFAULT 0,
        -- available < reorder_point as of the last change, so StockLow fires once per crossing.
        low boolean NOT NULL DEFAULT false,
        -- Speaks of the reorder settings only: quantities move through guarded updates, not If-Match.
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT stock_level_sku_warehouse_key UNIQUE (sku_id, warehouse_id),
        CONSTRAINT stock_level_on_hand_check CHECK (on_hand >= 0),
        CONSTRAINT stock_level_reserved_check CHECK (reserved >= 0 AND reserved <= on_hand),
        CONSTRAINT stock_level_in_transit_check CHECK (in_transit >= 0),
        CONSTRAINT stock_level_reorder_check CHECK (reorder_point >= 0 AND safety_stock >= 0)
      )`);
    await db.query(`CREATE INDEX stock_level_warehouse_idx ON stock_level (warehouse_id, id)`);
    await db.query(`CREATE INDEX stock_level_low_idx ON stock_level (id) WHERE low`);

    await db.query(`
      CREATE TABLE stock_movement (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        sku_id uuid NOT NULL REFERENCES sku (id),
        warehouse_id uuid NOT NULL REFERENCES warehouse (id),
        kind varchar(16) NOT NULL CHECK (kind IN (${MOVEMENT_KINDS_SQL})),
        on_hand_delta integer NOT NULL,
        reserved_delta integer NOT NULL,
        on_hand_after integer NOT NULL,
        reserved_after integer NOT NULL,
        source_type varchar(32) NOT NULL,
        source_id varchar(64) NOT NULL,
        source_number varchar(40),
        reason varchar(500),
        actor_kind varchar(16) NOT NULL,
        actor_id uuid,
        actor_label varchar(200)
      )`);
    await db.query(
      `CREATE INDEX stock_movement_sku_warehouse_idx ON stock_movement (sku_id, warehouse_id, id)`,
    );
    await db.query(`CREATE INDEX stock_movement_warehouse_idx ON stock_movement (warehouse_id, id)`);
    await db.query(`CREATE INDEX stock_movement_source_idx ON stock_movement (source_type, source_id)`);
    await db.query(
      `CREATE INDEX stock_movement_shipped_idx ON stock_movement (created_at) WHERE kind = 'shipment'`,
    );
    // The ledger is append-only: a correction is a new movement, never an edit.
    await db.query(`
      CREATE FUNCTION refuse_stock_movement_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'stock_movement is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`CREATE TRIGGER stock_movement_append_only BEFORE UPDATE OR DELETE ON stock_movement
                    FOR EACH ROW EXECUTE FUNCTION refuse_stock_movement_change()`);
    await db.query(`CREATE TRIGGER stock_movement_no_truncate BEFORE TRUNCATE ON stock_movement
                    FOR EACH STATEMENT EXECUTE FUNCTION refuse_stock_movement_change()`);

    // What each source document still holds reserved, so release and ship need only the source.
    await db.query(`
      CREATE TABLE stock_reservation (
        source_type varchar(32) NOT NULL,
        source_id varchar(64) NOT NULL,
        sku_id uuid NOT NULL REFERENCES sku (id),
        warehouse_id uuid NOT NULL REFERENCES warehouse (id),
        source_number varchar(40),
        quantity integer NOT NULL CHECK (quantity > 0),
        remaining integer NOT NULL CHECK (remaining >= 0 AND remaining <= quantity),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (source_type, source_id, sku_id, warehouse_id)
      )`);

    await db.query(`
      CREATE TABLE stock_alert (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        sku_id uuid NOT NULL REFERENCES sku (id),
        warehouse_id uuid NOT NULL REFERENCES warehouse (id),
        available integer NOT NULL,
        reorder_point integer NOT NULL,
        raised_at timestamptz(3) NOT NULL DEFAULT now(),
        resolved_at timestamptz(3)
      )`);
    await db.query(`CREATE UNIQUE INDEX stock_alert_open_key ON stock_alert (sku_id, warehouse_id)
                    WHERE resolved_at IS NULL`);

    await db.query(`
      CREATE TABLE stocktake (${VERSIONED_COLUMNS_SQL},
        number varchar(40) NOT NULL,
        warehouse_id uuid NOT NULL REFERENCES warehouse (id),
        note varchar(500),
        counted_by varchar(200),
        CONSTRAINT stocktake_number_key UNIQUE (number)
      )`);
    await db.query(`CREATE INDEX stocktake_warehouse_idx ON stocktake (warehouse_id, id)`);
    await db.query(`
      CREATE TABLE stocktake_line (
        stocktake_id uuid NOT NULL REFERENCES stocktake (id),
        sku_id uuid NOT NULL REFERENCES sku (id),
        expected integer NOT NULL,
        counted integer NOT NULL CHECK (counted >= 0),
        difference integer NOT NULL,
        PRIMARY KEY (stocktake_id, sku_id)
      )`);

    await db.query(`
      CREATE TABLE stock_transfer (${VERSIONED_COLUMNS_SQL},
        number varchar(40) NOT NULL,
        from_warehouse_id uuid NOT NULL REFERENCES warehouse (id),
        to_warehouse_id uuid NOT NULL REFERENCES warehouse (id),
        status varchar(16) NOT NULL DEFAULT 'in_transit'
          CHECK (status IN ('in_transit', 'received', 'cancelled')),
        note varchar(500),
        received_at timestamptz(3),
        cancelled_at timestamptz(3),
        CONSTRAINT stock_transfer_number_key UNIQUE (number),
        CONSTRAINT stock_transfer_distinct_check CHECK (from_warehouse_id <> to_warehouse_id)
      )`);
    await db.query(`CREATE INDEX stock_transfer_from_idx ON stock_transfer (from_warehouse_id, id)`);
    await db.query(`CREATE INDEX stock_transfer_to_idx ON stock_transfer (to_warehouse_id, id)`);
    await db.query(`
      CREATE TABLE stock_transfer_line (
        transfer_id uuid NOT NULL REFERENCES stock_transfer (id),
        sku_id uuid NOT NULL REFERENCES sku (id),
        quantity integer NOT NULL CHECK (quantity > 0),
        PRIMARY KEY (transfer_id, sku_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'stock_transfer_line',
      'stock_transfer',
      'stocktake_line',
      'stocktake',
      'stock_alert',
      'stock_reservation',
      'stock_movement',
      'stock_level',
      'warehouse',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DROP FUNCTION refuse_stock_movement_change()`);
  }
}
