import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VERSIONED_COLUMNS_SQL } from '@zhanggui/api-platform';

/**
 * Sales (销售): logistics partners per region, sales targets allocated down the territory tree, commission
 * plans and monthly commission runs, operating reports, and the franchise partner (加盟) pipeline. Also the index that lets target actuals be summed
 * from orders by territory and delivery date without scanning every order.
 */
export class CreateSales1765400000000 implements MigrationInterface {
  name = 'CreateSales1765400000000';

  async up(db: QueryRunner): Promise<void> {
    // Actuals: delivered/completed orders of a territory in a period, by the delivery time.
    await db.query(`
      CREATE INDEX sales_order_unit_delivered_idx ON sales_order (org_unit_id, delivered_at)
        INCLUDE (total) WHERE status IN ('delivered', 'completed')`);
    await db.query(`CREATE INDEX refund_paid_at_idx ON refund (paid_at) WHERE status = 'paid'`);
    await db.query(`CREATE INDEX member_joined_at_idx ON member (joined_at)`);
    await db.query(
      `CREATE INDEX return_request_unit_created_idx ON return_request (org_unit_id, created_at)`,
    );

    await db.query(`
      CREATE TABLE logistics_partner (${VERSIONED_COLUMNS_SQL},
        code varchar(32) NOT NULL,
        name varchar(200) NOT NULL,
        region_id uuid NOT NULL REFERENCES org_unit (id),
        contacts jsonb NOT NULL DEFAULT '[]',
        city_ids uuid[] NOT NULL DEFAULT '{}',
        terms varchar(2000),
        status varchar(16) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'ended')),
        CONSTRAINT logistics_partner_code_key UNIQUE (code)
      )`);
    await db.query(`CREATE INDEX logistics_partner_region_idx ON logistics_partner (region_id, id)`);
    await db.query(`CREATE INDEX logistics_partner_name_idx ON logistics_partner (name, id)`);

    await db.query(`
      CREATE TABLE sales_target (${VERSIONED_COLUMNS_SQL},
        number varchar(24) NOT NULL,
        period_kind varchar(8) NOT NULL CHECK (period_kind IN ('month', 'quarter', 'year')),
        period varchar(8) NOT NULL,
        org_unit_id uuid NOT NULL REFERENCES org_unit (id),
        amount bigint NOT NULL CHECK (amount >= 0),
        currency char(3) NOT NULL DEFAULT 'CNY',
        note varchar(1000),
        CONSTRAINT sales_target_number_key UNIQUE (number),
        CONSTRAINT sales_target_unit_period_key UNIQUE (org_unit_id, period)
      )`);
    await db.query(`CREATE INDEX sales_target_period_idx ON sales_target (period, id)`);

    // One row per allocated node below the province: a region, a city, or a person (user) within a city.
    await db.query(`
      CREATE TABLE sales_target_allocation (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        target_id uuid NOT NULL REFERENCES sales_target (id) ON DELETE CASCADE,
        parent_unit_id uuid NOT NULL REFERENCES org_unit (id),
        org_unit_id uuid NOT NULL REFERENCES org_unit (id),
        user_id uuid REFERENCES user_account (id),
        amount bigint NOT NULL CHECK (amount >= 0),
        CONSTRAINT sales_target_allocation_node_key UNIQUE NULLS NOT DISTINCT (target_id, org_unit_id, user_id)
      )`);
    await db.query(
      `CREATE INDEX sales_target_allocation_parent_idx ON sales_target_allocation (target_id, parent_unit_id)`,
    );
    await db.query(`CREATE INDEX sales_target_allocation_user_idx ON sales_target_allocation (user_id)`);

    await db.query(`
      CREATE TABLE commission_plan (${VERSIONED_COLUMNS_SQL},
        code varchar(32) NOT NULL,
        name varchar(100) NOT NULL,
        tiers jsonb NOT NULL,
        active boolean NOT NULL DEFAULT true,
        CONSTRAINT commission_plan_code_key UNIQUE (code)
      )`);

    await db.query(`
      CREATE TABLE commission_run (${VERSIONED_COLUMNS_SQL},
        number varchar(24) NOT NULL,
        period char(7) NOT NULL,
        plan_id uuid NOT NULL REFERENCES commission_plan (id),
        currency char(3) NOT NULL DEFAULT 'CNY',
        total bigint NOT NULL CHECK (total >= 0),
        calculated_by uuid,
        CONSTRAINT commission_run_number_key UNIQUE (number),
        CONSTRAINT commission_run_period_key UNIQUE (period)
      )`);
    await db.query(`
      CREATE TABLE commission_line (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        run_id uuid NOT NULL REFERENCES commission_run (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES user_account (id),
        org_unit_id uuid NOT NULL REFERENCES org_unit (id),
        target_amount bigint NOT NULL,
        actual_amount bigint NOT NULL,
        attainment_bp integer NOT NULL,
        rate_bp integer NOT NULL,
        amount bigint NOT NULL CHECK (amount >= 0),
        CONSTRAINT commission_line_person_key UNIQUE (run_id, user_id, org_unit_id)
      )`);
    await db.query(`CREATE INDEX commission_line_unit_idx ON commission_line (org_unit_id)`);

    await db.query(`
      CREATE TABLE operating_report (${VERSIONED_COLUMNS_SQL},
        number varchar(24) NOT NULL,
        level varchar(8) NOT NULL CHECK (level IN ('city', 'region')),
        org_unit_id uuid NOT NULL REFERENCES org_unit (id),
        period char(7) NOT NULL,
        currency char(3) NOT NULL DEFAULT 'CNY',
        net_sales bigint NOT NULL,
        order_count integer NOT NULL,
        return_count integer NOT NULL,
        cod_outstanding bigint NOT NULL,
        new_members integer NOT NULL,
        expenses bigint,
        expense_budget bigint,
        commentary varchar(4000) NOT NULL,
        source_report_ids uuid[] NOT NULL DEFAULT '{}',
        submitted_by uuid NOT NULL,
        submitted_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT operating_report_number_key UNIQUE (number),
        CONSTRAINT operating_report_unit_period_key UNIQUE (org_unit_id, period)
      )`);
    await db.query(`CREATE INDEX operating_report_period_idx ON operating_report (period, id)`);
    await db.query(`CREATE INDEX operating_report_unit_idx ON operating_report (org_unit_id, id)`);

    await db.query(`
      CREATE TABLE franchise_partner (${VERSIONED_COLUMNS_SQL},
        number varchar(24) NOT NULL,
        name varchar(200) NOT NULL,
        kind varchar(16) NOT NULL CHECK (kind IN ('enterprise', 'local_brand')),
        org_unit_id uuid NOT NULL REFERENCES org_unit (id),
        stage varchar(16) NOT NULL CHECK (stage IN ('lead', 'talks', 'contract', 'active', 'lost')),
        contacts jsonb NOT NULL DEFAULT '[]',
        contract_number varchar(40),
        note varchar(2000),
        CONSTRAINT franchise_partner_number_key UNIQUE (number),
        CONSTRAINT franchise_partner_contract_needs_number CHECK (
          stage NOT IN ('contract', 'active') OR contract_number IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX franchise_partner_unit_idx ON franchise_partner (org_unit_id, id)`);
    await db.query(`CREATE INDEX franchise_partner_stage_idx ON franchise_partner (stage, id)`);
    await db.query(`CREATE INDEX franchise_partner_name_idx ON franchise_partner (name, id)`);
    await db.query(`
      CREATE TABLE franchise_partner_history (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        partner_id uuid NOT NULL REFERENCES franchise_partner (id),
        from_stage varchar(16),
        to_stage varchar(16) NOT NULL,
        note varchar(2000),
        actor_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX franchise_partner_history_partner_idx ON franchise_partner_history (partner_id, id)`,
    );
    // History is what happened: never rewritten.
    await db.query(`
      CREATE FUNCTION franchise_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'franchise_partner_history is append-only'; END $$`);
    await db.query(`CREATE TRIGGER franchise_partner_history_append_only BEFORE UPDATE OR DELETE
                      ON franchise_partner_history FOR EACH ROW EXECUTE FUNCTION franchise_history_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'franchise_partner_history',
      'franchise_partner',
      'operating_report',
      'commission_line',
      'commission_run',
      'commission_plan',
      'sales_target_allocation',
      'sales_target',
      'logistics_partner',
    ])
      await db.query(`DROP TABLE ${table}`);
    await db.query(`DROP FUNCTION franchise_history_append_only()`);
    for (const index of [
      'return_request_unit_created_idx',
      'member_joined_at_idx',
      'refund_paid_at_idx',
      'sales_order_unit_delivered_idx',
    ])
      await db.query(`DROP INDEX ${index}`);
  }
}
