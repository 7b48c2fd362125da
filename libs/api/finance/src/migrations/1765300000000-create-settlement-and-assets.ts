import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VERSIONED_COLUMNS_SQL } from '@zhanggui/api-platform';

/**
 * Supplier settlement (payables, payment runs), cash reconciliation (COD remittances against bank deposits,
 * the payment provider's statement against prepaid orders) and fixed assets. Finance keeps its own copy of the
 * facts it reconciles (remittances, provider payments), fed by the orders events, so it never reads another
 * domain's tables. Each automatic posting is keyed by its source document in the ledger, so it happens once.
 */
export class CreateSettlementAndAssets1765300000000 implements MigrationInterface {
  name = 'CreateSettlementAndAssets1765300000000';

  async up(db: QueryRunner): Promise<void> {
    // 资产处置损益 (CAS 2017+) for disposal gains and losses. Depreciation posts to 管理费用 itself: a sub-account
    // under 6602 would make it a parent, and payroll and expenses post to 6602 directly.
    await db.query(`
      INSERT INTO ledger_account (code, name_zh, name_en, type, normal_balance, level, system)
      VALUES ('6115', '资产处置损益', 'Gains and losses on asset disposal', 'revenue', 'credit', 1, true)
      ON CONFLICT (code) DO NOTHING`);

    await db.query(`
      CREATE TABLE payable (${VERSIONED_COLUMNS_SQL},
        number varchar(24) NOT NULL CONSTRAINT payable_number_key UNIQUE,
        supplier_id uuid NOT NULL,
        invoice_id uuid NOT NULL CONSTRAINT payable_invoice_key UNIQUE,
        invoice_number varchar(40) NOT NULL,
        supplier_invoice_number varchar(64) NOT NULL,
        currency char(3) NOT NULL,
        amount bigint NOT NULL CHECK (amount > 0),
        paid_amount bigint NOT NULL DEFAULT 0 CHECK (paid_amount >= 0),
        reserved_amount bigint NOT NULL DEFAULT 0 CHECK (reserved_amount >= 0),
        invoice_date date NOT NULL,
        due_date date NOT NULL,
        status varchar(16) NOT NULL CHECK (status IN ('open', 'partially_paid', 'paid')),
        CHECK (paid_amount + reserved_amount <= amount)
      )`);
    await db.query(`CREATE INDEX payable_due_idx ON payable (due_date, id)`);
    await db.query(`CREATE INDEX payable_supplier_idx ON payable (supplier_id, due_date, id)`);

    await db.query(`
      CREATE TABLE payment_run (${VERSIONED_COLUMNS_SQL},
        number varchar(24) NOT NULL CONSTRAINT payment_run_number_key UNIQUE,
        status varchar(12) NOT NULL CHECK (status IN ('draft', 'approved', 'paid', 'cancelled')),
        payment_date date NOT NULL,
        currency char(3) NOT NULL,
        total_amount bigint NOT NULL CHECK (total_amount > 0),
        created_by uuid,
        approved_by uuid,
        approved_at timestamptz(3),
        paid_by uuid,
        paid_at timestamptz(3)
      )`);
    await db.query(`CREATE INDEX payment_run_created_idx ON payment_run (created_at, id)`);
    await db.query(`
      CREATE TABLE payment_run_line (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        run_id uuid NOT NULL REFERENCES payment_run (id),
        payable_id uuid NOT NULL REFERENCES payable (id),
        amount bigint NOT NULL CHECK (amount > 0),
        CONSTRAINT payment_run_line_key UNIQUE (run_id, payable_id)
      )`);
    await db.query(`CREATE INDEX payment_run_line_payable_idx ON payment_run_line (payable_id)`);

    await db.query(`
      CREATE TABLE cod_remittance_receipt (
        remittance_id uuid PRIMARY KEY,
        number varchar(24) NOT NULL,
        org_unit_id uuid NOT NULL,
        business_day date NOT NULL,
        amount bigint NOT NULL CHECK (amount >= 0),
        currency char(3) NOT NULL,
        bank_deposit_line_id uuid CONSTRAINT cod_remittance_receipt_deposit_key UNIQUE,
        received_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX cod_remittance_receipt_day_idx ON cod_remittance_receipt (business_day, amount)`,
    );
    await db.query(`
      CREATE TABLE bank_deposit_line (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        deposit_date date NOT NULL,
        amount bigint NOT NULL CHECK (amount > 0),
        currency char(3) NOT NULL DEFAULT 'CNY',
        reference varchar(64) NOT NULL,
        description varchar(200),
        imported_at timestamptz(3) NOT NULL DEFAULT now(),
        imported_by uuid,
        -- The bank's own reference makes a re-imported statement add nothing.
        CONSTRAINT bank_deposit_line_reference_key UNIQUE (deposit_date, reference)
      )`);
    await db.query(`CREATE INDEX bank_deposit_line_day_idx ON bank_deposit_line (deposit_date, amount)`);

    await db.query(`
      CREATE TABLE provider_payment (
        order_id uuid PRIMARY KEY,
        order_number varchar(32) NOT NULL CONSTRAINT provider_payment_order_number_key UNIQUE,
        amount bigint NOT NULL CHECK (amount > 0),
        currency char(3) NOT NULL,
        paid_on date NOT NULL,
        statement_line_id bigint
      )`);
    await db.query(`CREATE INDEX provider_payment_paid_idx ON provider_payment (paid_on, order_id)`);
    await db.query(`
      CREATE TABLE provider_statement_import (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        number varchar(24) NOT NULL CONSTRAINT provider_statement_import_number_key UNIQUE,
        line_count integer NOT NULL DEFAULT 0,
        duplicate_count integer NOT NULL DEFAULT 0,
        imported_by uuid,
        imported_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    // Loaded by COPY and thrown away after each import: no WAL is worth writing for it.
    await db.query(`
      CREATE UNLOGGED TABLE provider_statement_staging (
        import_id uuid NOT NULL,
        line_no integer NOT NULL,
        transaction_ref varchar(64) NOT NULL,
        order_ref varchar(32) NOT NULL,
        amount bigint NOT NULL,
        fee bigint NOT NULL,
        settled_at timestamptz(3) NOT NULL
      )`);
    await db.query(`
      CREATE TABLE provider_statement_line (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        import_id uuid NOT NULL REFERENCES provider_statement_import (id),
        line_no integer NOT NULL,
        transaction_ref varchar(64) NOT NULL CONSTRAINT provider_statement_line_transaction_key UNIQUE,
        order_ref varchar(32) NOT NULL,
        amount bigint NOT NULL,
        fee bigint NOT NULL,
        settled_at timestamptz(3) NOT NULL,
        settled_day date NOT NULL,
        order_id uuid,
        expected_amount bigint,
        status varchar(20) NOT NULL CHECK (status IN ('matched', 'amount_difference', 'unmatched')),
        explanation varchar(500),
        explained_by uuid,
        explained_at timestamptz(3)
      )`);
    await db.query(
      `CREATE INDEX provider_statement_line_day_idx ON provider_statement_line (settled_day, status, id)`,
    );
    await db.query(`CREATE INDEX provider_statement_line_import_idx ON provider_statement_line (import_id)`);
    await db.query(`
      CREATE TABLE reconciliation_day (
        kind varchar(16) NOT NULL CHECK (kind IN ('website')),
        day date NOT NULL,
        closed_at timestamptz(3) NOT NULL DEFAULT now(),
        closed_by uuid,
        line_count integer NOT NULL,
        PRIMARY KEY (kind, day)
      )`);

    await db.query(`
      CREATE TABLE fixed_asset (${VERSIONED_COLUMNS_SQL},
        number varchar(24) NOT NULL CONSTRAINT fixed_asset_number_key UNIQUE,
        name varchar(100) NOT NULL,
        category varchar(20) NOT NULL CHECK (category IN
          ('buildings', 'machinery', 'vehicles', 'electronics', 'furniture', 'other')),
        currency char(3) NOT NULL DEFAULT 'CNY',
        cost bigint NOT NULL CHECK (cost > 0),
        residual_value bigint NOT NULL CHECK (residual_value >= 0 AND residual_value < cost),
        useful_life_months integer NOT NULL CHECK (useful_life_months BETWEEN 1 AND 600),
        in_service_date date NOT NULL,
        custodian_employee_id uuid NOT NULL,
        location varchar(100) NOT NULL,
        status varchar(12) NOT NULL CHECK (status IN ('in_service', 'disposed')),
        accumulated_depreciation bigint NOT NULL DEFAULT 0 CHECK (accumulated_depreciation >= 0),
        months_depreciated integer NOT NULL DEFAULT 0,
        disposed_on date,
        disposal_proceeds bigint,
        disposal_reason varchar(500),
        CHECK (accumulated_depreciation <= cost - residual_value)
      )`);
    await db.query(`CREATE INDEX fixed_asset_status_idx ON fixed_asset (status, id)`);
    await db.query(`
      CREATE TABLE fixed_asset_depreciation (
        asset_id uuid NOT NULL REFERENCES fixed_asset (id),
        period char(7) NOT NULL,
        amount bigint NOT NULL CHECK (amount > 0),
        journal_entry_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        -- Exactly once per asset and month, whoever runs the month end and however often.
        PRIMARY KEY (asset_id, period)
      )`);
    await db.query(`
      CREATE TABLE fixed_asset_transfer (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        asset_id uuid NOT NULL REFERENCES fixed_asset (id),
        from_employee_id uuid NOT NULL,
        to_employee_id uuid NOT NULL,
        from_location varchar(100) NOT NULL,
        to_location varchar(100) NOT NULL,
        transferred_on date NOT NULL,
        reason varchar(500) NOT NULL,
        created_by uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX fixed_asset_transfer_asset_idx ON fixed_asset_transfer (asset_id, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'fixed_asset_transfer',
      'fixed_asset_depreciation',
      'fixed_asset',
      'reconciliation_day',
      'provider_statement_line',
      'provider_statement_staging',
      'provider_statement_import',
      'provider_payment',
      'bank_deposit_line',
      'cod_remittance_receipt',
      'payment_run_line',
      'payment_run',
      'payable',
    ])
      await db.query(`DROP TABLE ${table}`);
    await db.query(`DELETE FROM ledger_account WHERE code = '6115'`);
  }
}
