import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VERSIONED_COLUMNS_SQL } from '@zhanggui/api-platform';
import { DEFAULT_POLICY_LIMITS } from '../expenses/expense-policy-defaults';

/**
 * Expense claims (报销单) with their lines, receipts and history; the policy limits by category and grade;
 * budgets per org unit, period and expense account. Adds the sub-account 其他应付款-应付报销款 (224120) that
 * approved claims are owed on until paid.
 */
export class CreateExpensesAndBudgets1765200000000 implements MigrationInterface {
  name = 'CreateExpensesAndBudgets1765200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `INSERT INTO ledger_account (code, name_zh, name_en, type, normal_balance, parent_id, level, system)
       VALUES ('224120', '其他应付款-应付报销款', 'Expense reimbursements payable', 'liability', 'credit',
               (SELECT id FROM ledger_account WHERE code = '2241'), 2, true)
       ON CONFLICT (code) DO NOTHING`,
    );
    await db.query(`UPDATE ledger_account SET is_leaf = false WHERE code = '2241'`);

    await db.query(`
      CREATE TABLE expense_policy_limit (${VERSIONED_COLUMNS_SQL},
        category varchar(20) NOT NULL,
        grade varchar(12) NOT NULL,
        basis varchar(10) NOT NULL CHECK (basis IN ('per_line', 'per_day')),
        limit_amount bigint NOT NULL CHECK (limit_amount >= 0),
        currency char(3) NOT NULL DEFAULT 'CNY',
        CONSTRAINT expense_policy_limit_key UNIQUE (category, grade, basis)
      )`);
    for (const limit of DEFAULT_POLICY_LIMITS) {
      await db.query(
        `INSERT INTO expense_policy_limit (category, grade, basis, limit_amount) VALUES ($1, $2, $3, $4)`,
        [limit.category, limit.grade, limit.basis, limit.limit],
      );
    }

    await db.query(`
      CREATE TABLE expense_claim (${VERSIONED_COLUMNS_SQL},
        number varchar(24) NOT NULL CONSTRAINT expense_claim_number_key UNIQUE,
        claimant_id uuid NOT NULL,
        org_unit_id uuid NOT NULL,
        grade varchar(12) NOT NULL,
        title varchar(200) NOT NULL,
        status varchar(12) NOT NULL
          CHECK (status IN ('draft', 'submitted', 'returned', 'rejected', 'approved', 'paid')),
        currency char(3) NOT NULL DEFAULT 'CNY',
        total_amount bigint NOT NULL DEFAULT 0 CHECK (total_amount >= 0),
        approval_request_id uuid,
        submitted_at timestamptz(3),
        approved_at timestamptz(3),
        paid_at timestamptz(3),
        payment_reference varchar(100),
        decision_note varchar(500),
        budget_override_reason varchar(500),
        budget_override_by uuid
      )`);
    await db.query(`CREATE INDEX expense_claim_claimant_idx ON expense_claim (claimant_id, id)`);
    await db.query(`CREATE INDEX expense_claim_unit_idx ON expense_claim (org_unit_id, id)`);
    await db.query(`CREATE INDEX expense_claim_status_idx ON expense_claim (status, id)`);

    await db.query(`
      CREATE TABLE expense_claim_line (${VERSIONED_COLUMNS_SQL},
        claim_id uuid NOT NULL REFERENCES expense_claim (id) ON DELETE CASCADE,
        line_no smallint NOT NULL,
        expense_date date NOT NULL,
        category varchar(20) NOT NULL,
        amount bigint NOT NULL CHECK (amount > 0),
        description varchar(500) NOT NULL,
        org_unit_id uuid NOT NULL,
        account_code varchar(16) NOT NULL,
        justification varchar(500),
        CONSTRAINT expense_claim_line_key UNIQUE (claim_id, line_no)
      )`);
    await db.query(
      `CREATE INDEX expense_claim_line_budget_idx ON expense_claim_line (org_unit_id, account_code, expense_date)`,
    );

    await db.query(`
      CREATE TABLE expense_attachment (${VERSIONED_COLUMNS_SQL},
        claim_id uuid NOT NULL REFERENCES expense_claim (id) ON DELETE CASCADE,
        file_name varchar(200) NOT NULL,
        content_type varchar(100) NOT NULL,
        bytes integer NOT NULL,
        storage_key varchar(200) NOT NULL,
        uploaded_by uuid
      )`);
    await db.query(`CREATE INDEX expense_attachment_claim_idx ON expense_attachment (claim_id)`);

    await db.query(`
      CREATE TABLE expense_claim_event (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        claim_id uuid NOT NULL REFERENCES expense_claim (id) ON DELETE CASCADE,
        action varchar(40) NOT NULL,
        from_status varchar(12),
        to_status varchar(12),
        note varchar(1000),
        actor_kind varchar(10) NOT NULL,
        actor_id uuid,
        actor_label varchar(200),
        occurred_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX expense_claim_event_claim_idx ON expense_claim_event (claim_id, id)`);

    await db.query(`
      CREATE TABLE budget (${VERSIONED_COLUMNS_SQL},
        org_unit_id uuid NOT NULL,
        period_kind varchar(8) NOT NULL CHECK (period_kind IN ('month', 'quarter', 'year')),
        period_start date NOT NULL,
        period_end date NOT NULL,
        period_label varchar(10) NOT NULL,
        account_code varchar(16) NOT NULL,
        amount bigint NOT NULL CHECK (amount >= 0),
        currency char(3) NOT NULL DEFAULT 'CNY',
        alerted_level smallint NOT NULL DEFAULT 0 CHECK (alerted_level IN (0, 80, 100)),
        note varchar(500),
        CONSTRAINT budget_unit_period_account_key UNIQUE (org_unit_id, period_kind, period_start, account_code),
        CHECK (period_end >= period_start)
      )`);
    await db.query(`CREATE INDEX budget_period_idx ON budget (period_start, period_end)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `DROP TABLE budget, expense_claim_event, expense_attachment, expense_claim_line, expense_claim, expense_policy_limit`,
    );
    await db.query(`DELETE FROM ledger_account WHERE code = '224120'`);
  }
}
