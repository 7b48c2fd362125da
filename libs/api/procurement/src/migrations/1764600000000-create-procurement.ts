import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VERSIONED_COLUMNS_SQL } from '@zhanggui/api-platform';

/**
 * Suppliers, purchase orders and their receipts, supplier invoices, tenders with sealed quotes and purchase
 * lists. Warehouses are inventory's: referred to by id only (checked through WarehousesService), while SKUs,
 * which never disappear, are referenced with a foreign key.
 */
export class CreateProcurement1764600000000 implements MigrationInterface {
  name = 'CreateProcurement1764600000000';

  async up(db: QueryRunner): Promise<void> {
    // One row: the amounts and tolerances purchasing works with, changed by the general manager or finance.
    await db.query(`
      CREATE TABLE procurement_policy (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        po_approval_threshold bigint NOT NULL CHECK (po_approval_threshold >= 0),
        invoice_price_tolerance_bp integer NOT NULL CHECK (invoice_price_tolerance_bp BETWEEN 0 AND 10000),
        invoice_quantity_tolerance integer NOT NULL CHECK (invoice_quantity_tolerance >= 0),
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    // ¥50,000 above which the general manager approves; invoices match on price within ±1%, quantity exactly.
    await db.query(`INSERT INTO procurement_policy (po_approval_threshold, invoice_price_tolerance_bp, invoice_quantity_tolerance)
                    VALUES (5000000, 100, 0)`);

    await db.query(`
      CREATE TABLE supplier (${VERSIONED_COLUMNS_SQL},
        code varchar(32) NOT NULL,
        name varchar(200) NOT NULL,
        contacts jsonb NOT NULL DEFAULT '[]',
        bank_name varchar(100),
        bank_account varchar(40),
        payment_terms_days integer NOT NULL DEFAULT 30 CHECK (payment_terms_days BETWEEN 0 AND 365),
        lead_time_days integer NOT NULL DEFAULT 7 CHECK (lead_time_days BETWEEN 0 AND 365),
        status varchar(16) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'archived')),
        note varchar(1000)
      )`);
    await db.query(`CREATE UNIQUE INDEX supplier_code_key ON supplier (lower(code))`);
    await db.query(`CREATE INDEX supplier_name_id_idx ON supplier (name, id)`);
    await db.query(`CREATE INDEX supplier_code_id_idx ON supplier (code, id)`);

    await db.query(`
      CREATE TABLE purchase_order (${VERSIONED_COLUMNS_SQL},
        number varchar(24) NOT NULL CONSTRAINT purchase_order_number_key UNIQUE,
        supplier_id uuid NOT NULL REFERENCES supplier (id),
        warehouse_id uuid NOT NULL,
        status varchar(24) NOT NULL CHECK (status IN ('draft', 'pending_approval', 'approved', 'sent',
          'partially_received', 'received', 'closed', 'cancelled')),
        currency char(3) NOT NULL DEFAULT 'CNY',
        total_amount bigint NOT NULL DEFAULT 0 CHECK (total_amount >= 0),
        expected_date date,
        note varchar(1000),
        approval_request_id uuid,
        source_type varchar(24),
        source_id uuid,
        submitted_at timestamptz(3),
        approved_at timestamptz(3),
        sent_at timestamptz(3),
        received_at timestamptz(3),
        closed_at timestamptz(3),
        cancelled_at timestamptz(3),
        cancel_reason varchar(500),
        created_by uuid
      )`);
    await db.query(`CREATE INDEX purchase_order_number_id_idx ON purchase_order (number, id)`);
    await db.query(`CREATE INDEX purchase_order_supplier_idx ON purchase_order (supplier_id, id)`);
    await db.query(`CREATE INDEX purchase_order_status_idx ON purchase_order (status, id)`);
    await db.query(
      `CREATE INDEX purchase_order_approval_idx ON purchase_order (approval_request_id) WHERE approval_request_id IS NOT NULL`,
    );

    await db.query(`
      CREATE TABLE purchase_order_line (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        purchase_order_id uuid NOT NULL REFERENCES purchase_order (id) ON DELETE CASCADE,
        line_no integer NOT NULL,
        sku_id uuid NOT NULL REFERENCES sku (id),
        quantity integer NOT NULL CHECK (quantity > 0),
        unit_price bigint NOT NULL CHECK (unit_price >= 0),
        received_quantity integer NOT NULL DEFAULT 0 CHECK (received_quantity >= 0),
        -- Over-receipt is refused (see goods-receipt-rules.ts); the database holds the line to it as well.
        CHECK (received_quantity <= quantity),
        UNIQUE (purchase_order_id, line_no)
      )`);
    await db.query(`CREATE INDEX purchase_order_line_sku_idx ON purchase_order_line (sku_id)`);

    await db.query(`
      CREATE TABLE goods_receipt (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        number varchar(24) NOT NULL UNIQUE,
        purchase_order_id uuid NOT NULL REFERENCES purchase_order (id),
        warehouse_id uuid NOT NULL,
        note varchar(1000),
        received_by uuid,
        received_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX goods_receipt_po_idx ON goods_receipt (purchase_order_id, id)`);
    await db.query(`
      CREATE TABLE goods_receipt_line (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        goods_receipt_id uuid NOT NULL REFERENCES goods_receipt (id),
        purchase_order_line_id uuid NOT NULL REFERENCES purchase_order_line (id),
        sku_id uuid NOT NULL REFERENCES sku (id),
        quantity integer NOT NULL CHECK (quantity > 0),
        unit_cost bigint NOT NULL CHECK (unit_cost >= 0)
      )`);
    await db.query(`CREATE INDEX goods_receipt_line_receipt_idx ON goods_receipt_line (goods_receipt_id)`);
    await db.query(
      `CREATE INDEX goods_receipt_line_po_line_idx ON goods_receipt_line (purchase_order_line_id)`,
    );

    await db.query(`
      CREATE TABLE supplier_invoice (${VERSIONED_COLUMNS_SQL},
        number varchar(24) NOT NULL UNIQUE,
        supplier_id uuid NOT NULL REFERENCES supplier (id),
        purchase_order_id uuid NOT NULL REFERENCES purchase_order (id),
        supplier_invoice_number varchar(64) NOT NULL,
        invoice_date date NOT NULL,
        currency char(3) NOT NULL DEFAULT 'CNY',
        total_amount bigint NOT NULL CHECK (total_amount >= 0),
        status varchar(16) NOT NULL CHECK (status IN ('mismatched', 'payable', 'returned')),
        discrepancies jsonb NOT NULL DEFAULT '[]',
        resolution_reason varchar(1000),
        resolved_by uuid,
        resolved_at timestamptz(3),
        created_by uuid
      )`);
    // A supplier's invoice number is unique per supplier: the same paper cannot be entered twice.
    await db.query(
      `CREATE UNIQUE INDEX supplier_invoice_supplier_number_key ON supplier_invoice (supplier_id, lower(supplier_invoice_number))`,
    );
    await db.query(`CREATE INDEX supplier_invoice_status_idx ON supplier_invoice (status, id)`);
    await db.query(`CREATE INDEX supplier_invoice_po_idx ON supplier_invoice (purchase_order_id)`);
    await db.query(`
      CREATE TABLE supplier_invoice_line (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        supplier_invoice_id uuid NOT NULL REFERENCES supplier_invoice (id) ON DELETE CASCADE,
        line_no integer NOT NULL,
        purchase_order_line_id uuid NOT NULL REFERENCES purchase_order_line (id),
        quantity integer NOT NULL CHECK (quantity > 0),
        unit_price bigint NOT NULL CHECK (unit_price >= 0)
      )`);
    await db.query(
      `CREATE INDEX supplier_invoice_line_invoice_idx ON supplier_invoice_line (supplier_invoice_id)`,
    );

    await db.query(`
      CREATE TABLE tender (${VERSIONED_COLUMNS_SQL},
        number varchar(24) NOT NULL UNIQUE,
        title varchar(200) NOT NULL,
        warehouse_id uuid NOT NULL,
        closes_at timestamptz(3) NOT NULL,
        max_lead_time_days integer CHECK (max_lead_time_days IS NULL OR max_lead_time_days >= 0),
        status varchar(16) NOT NULL CHECK (status IN ('open', 'awarded', 'cancelled')),
        awarded_quote_id uuid,
        award_reason varchar(1000),
        purchase_order_id uuid REFERENCES purchase_order (id),
        created_by uuid
      )`);
    await db.query(`CREATE INDEX tender_closes_idx ON tender (closes_at, id)`);
    await db.query(`
      CREATE TABLE tender_item (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        tender_id uuid NOT NULL REFERENCES tender (id) ON DELETE CASCADE,
        line_no integer NOT NULL,
        sku_id uuid NOT NULL REFERENCES sku (id),
        quantity integer NOT NULL CHECK (quantity > 0),
        UNIQUE (tender_id, line_no)
      )`);
    await db.query(`
      CREATE TABLE tender_invitation (
        tender_id uuid NOT NULL REFERENCES tender (id) ON DELETE CASCADE,
        supplier_id uuid NOT NULL REFERENCES supplier (id),
        PRIMARY KEY (tender_id, supplier_id)
      )`);
    await db.query(`
      CREATE TABLE tender_quote (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        tender_id uuid NOT NULL REFERENCES tender (id),
        supplier_id uuid NOT NULL REFERENCES supplier (id),
        lead_time_days integer NOT NULL CHECK (lead_time_days >= 0),
        terms varchar(2000),
        total_amount bigint NOT NULL CHECK (total_amount >= 0),
        currency char(3) NOT NULL DEFAULT 'CNY',
        submitted_at timestamptz(3) NOT NULL DEFAULT now(),
        recorded_by uuid,
        CONSTRAINT tender_quote_supplier_key UNIQUE (tender_id, supplier_id)
      )`);
    await db.query(`
      CREATE TABLE tender_quote_line (
        quote_id uuid NOT NULL REFERENCES tender_quote (id) ON DELETE CASCADE,
        tender_item_id uuid NOT NULL REFERENCES tender_item (id),
        unit_price bigint NOT NULL CHECK (unit_price >= 0),
        PRIMARY KEY (quote_id, tender_item_id)
      )`);
    await db.query(`
      CREATE TABLE tender_quote_attachment (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        quote_id uuid NOT NULL REFERENCES tender_quote (id),
        file_name varchar(200) NOT NULL,
        content_type varchar(60) NOT NULL,
        bytes integer NOT NULL,
        storage_key varchar(200) NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX tender_quote_attachment_quote_idx ON tender_quote_attachment (quote_id)`);

    await db.query(`
      CREATE TABLE purchase_list (${VERSIONED_COLUMNS_SQL},
        number varchar(24) NOT NULL UNIQUE,
        region_id uuid,
        window_days integer NOT NULL CHECK (window_days BETWEEN 1 AND 365),
        review_days integer NOT NULL CHECK (review_days BETWEEN 0 AND 365),
        status varchar(16) NOT NULL CHECK (status IN ('draft', 'approved')),
        approved_by uuid,
        approved_at timestamptz(3),
        purchase_order_ids uuid[] NOT NULL DEFAULT '{}',
        created_by uuid
      )`);
    await db.query(`
      CREATE TABLE purchase_list_line (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        purchase_list_id uuid NOT NULL REFERENCES purchase_list (id) ON DELETE CASCADE,
        sku_id uuid NOT NULL REFERENCES sku (id),
        supplier_id uuid REFERENCES supplier (id),
        shipped_quantity integer NOT NULL,
        on_hand integer NOT NULL,
        reserved integer NOT NULL,
        in_transit integer NOT NULL,
        open_purchase_quantity integer NOT NULL,
        reorder_point integer NOT NULL,
        safety_stock integer NOT NULL,
        lead_time_days integer NOT NULL,
        suggested_quantity integer NOT NULL CHECK (suggested_quantity >= 0),
        quantity integer NOT NULL CHECK (quantity >= 0),
        unit_price bigint,
        UNIQUE (purchase_list_id, sku_id)
      )`);

    // The story of each document (submitted, approved, sent, received…), told to the people who handle it.
    await db.query(`
      CREATE TABLE procurement_document_event (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        document_type varchar(24) NOT NULL,
        document_id uuid NOT NULL,
        action varchar(40) NOT NULL,
        from_status varchar(24),
        to_status varchar(24),
        note varchar(1000),
        actor_kind varchar(16) NOT NULL,
        actor_id uuid,
        actor_label varchar(200),
        occurred_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX procurement_document_event_doc_idx ON procurement_document_event (document_id, id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE procurement_document_event, purchase_list_line, purchase_list,
                    tender_quote_attachment, tender_quote_line, tender_quote, tender_invitation, tender_item, tender,
                    supplier_invoice_line, supplier_invoice, goods_receipt_line, goods_receipt,
                    purchase_order_line, purchase_order, supplier, procurement_policy`);
  }
}
