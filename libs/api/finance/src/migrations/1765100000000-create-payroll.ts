import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VERSIONED_COLUMNS_SQL } from '@zhanggui/api-platform';
import { SEEDED_INSURANCE_RULES } from '../payroll/social-insurance-rules.seed';

/**
 * Payroll: salary structures (effective-dated), 五险一金 rules per city and year (seeded for 2026), the
 * appraisal coefficients HR hands over when a cycle closes, monthly input lines (commissions, rewards,
 * fines), payroll runs and their payslips. A payslip of an approved or paid run never changes (a trigger
 * refuses it); an employee is paid at most once per month (unique employee + month).
 */
export class CreatePayroll1765100000000 implements MigrationInterface {
  name = 'CreatePayroll1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE salary_structure (${VERSIONED_COLUMNS_SQL},
        employee_id uuid NOT NULL,
        effective_from date NOT NULL,
        base_salary bigint NOT NULL CHECK (base_salary >= 0),
        position_allowance bigint NOT NULL DEFAULT 0 CHECK (position_allowance >= 0),
        other_allowances bigint NOT NULL DEFAULT 0 CHECK (other_allowances >= 0),
        currency char(3) NOT NULL DEFAULT 'CNY',
        insurance_city varchar(20) NOT NULL DEFAULT '北京',
        insurance_base bigint CHECK (insurance_base >= 0),
        additional_deductions jsonb NOT NULL DEFAULT '{}',
        cost_account varchar(6) NOT NULL DEFAULT '6602' CHECK (cost_account IN ('6601', '6602')),
        source varchar(20) NOT NULL,
        source_id varchar(64),
        CONSTRAINT salary_structure_effective UNIQUE (employee_id, effective_from))`);
    await db.query(`
      CREATE TABLE social_insurance_rule (
        city varchar(20) NOT NULL,
        year integer NOT NULL,
        employee_rates jsonb NOT NULL,
        employer_rates jsonb NOT NULL,
        base_floor bigint NOT NULL,
        base_ceiling bigint NOT NULL,
        housing_fund_floor bigint NOT NULL,
        housing_fund_ceiling bigint NOT NULL,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (city, year),
        CHECK (base_floor <= base_ceiling AND housing_fund_floor <= housing_fund_ceiling))`);
    for (const r of SEEDED_INSURANCE_RULES)
      await db.query(
        `INSERT INTO social_insurance_rule (city, year, employee_rates, employer_rates, base_floor, base_ceiling,
                                           housing_fund_floor, housing_fund_ceiling)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          r.city,
          r.year,
          JSON.stringify(r.employeeRates),
          JSON.stringify(r.employerRates),
          r.baseFloor,
          r.baseCeiling,
          r.housingFundFloor,
          r.housingFundCeiling,
        ],
      );
    // What payroll withholds from employees for social insurance and housing fund until it pays the bureaus.
    await db.query(
      `INSERT INTO ledger_account (code, name_zh, name_en, type, normal_balance, parent_id, level, system)
       VALUES ('224110', '其他应付款-代扣社保公积金', 'Employee social insurance withheld', 'liability', 'credit',
               (SELECT id FROM ledger_account WHERE code = '2241'), 2, true)
       ON CONFLICT (code) DO NOTHING`,
    );
    await db.query(`
      CREATE TABLE payroll_bonus_coefficient (
        employee_id uuid NOT NULL,
        cycle_id uuid NOT NULL,
        period_end date NOT NULL,
        coefficient numeric(4, 2) NOT NULL,
        PRIMARY KEY (employee_id, cycle_id))`);
    await db.query(`
      CREATE TABLE payroll_input (${VERSIONED_COLUMNS_SQL},
        employee_id uuid NOT NULL,
        month varchar(7) NOT NULL,
        kind varchar(16) NOT NULL CHECK (kind IN ('commission', 'reward', 'deduction', 'allowance')),
        amount bigint NOT NULL,
        currency char(3) NOT NULL DEFAULT 'CNY',
        description varchar(200) NOT NULL,
        source varchar(16) NOT NULL DEFAULT 'manual',
        source_ref varchar(100))`);
    // The sales module (and HR's rewards and fines) write here with their own reference: once per reference.
    await db.query(
      `CREATE UNIQUE INDEX payroll_input_source ON payroll_input (source, source_ref) WHERE source_ref IS NOT NULL`,
    );
    await db.query(`CREATE INDEX payroll_input_month ON payroll_input (month, employee_id)`);
    await db.query(`
      CREATE TABLE payroll_run (${VERSIONED_COLUMNS_SQL},
        number varchar(24) NOT NULL UNIQUE,
        month varchar(7) NOT NULL,
        org_unit_id uuid NOT NULL,
        status varchar(12) NOT NULL CHECK (status IN ('draft', 'calculated', 'reviewed', 'approved', 'paid')),
        currency char(3) NOT NULL DEFAULT 'CNY',
        bonus_ratio_bp integer NOT NULL DEFAULT 1000,
        employees integer NOT NULL DEFAULT 0,
        gross_total bigint NOT NULL DEFAULT 0,
        net_total bigint NOT NULL DEFAULT 0,
        tax_total bigint NOT NULL DEFAULT 0,
        employee_insurance_total bigint NOT NULL DEFAULT 0,
        employer_insurance_total bigint NOT NULL DEFAULT 0,
        calculated_at timestamptz(3),
        reviewed_by uuid,
        approved_by uuid,
        approved_at timestamptz(3),
        paid_at timestamptz(3),
        created_by uuid)`);
    await db.query(`CREATE INDEX payroll_run_month ON payroll_run (month, id)`);
    await db.query(`
      CREATE TABLE payslip (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        run_id uuid NOT NULL REFERENCES payroll_run (id) ON DELETE CASCADE,
        month varchar(7) NOT NULL,
        employee_id uuid NOT NULL,
        employee_number varchar(16) NOT NULL,
        employee_name varchar(100) NOT NULL,
        org_unit_id uuid NOT NULL,
        user_id uuid,
        cost_account varchar(6) NOT NULL,
        currency char(3) NOT NULL DEFAULT 'CNY',
        gross bigint NOT NULL,
        employee_insurance bigint NOT NULL,
        employee_housing_fund bigint NOT NULL,
        employer_insurance bigint NOT NULL,
        employer_housing_fund bigint NOT NULL,
        additional_deductions bigint NOT NULL,
        tax bigint NOT NULL,
        net bigint NOT NULL,
        figures jsonb NOT NULL,
        locked boolean NOT NULL DEFAULT false,
        CONSTRAINT payslip_once_a_month UNIQUE (employee_id, month))`);
    await db.query(`CREATE INDEX payslip_run ON payslip (run_id, employee_number, id)`);
    await db.query(`CREATE INDEX payslip_user ON payslip (user_id, month)`);
    await db.query(`
      CREATE FUNCTION refuse_locked_payslip_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.locked THEN
          RAISE EXCEPTION 'payslip % of an approved payroll run cannot change', OLD.id USING ERRCODE = 'P0001';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await db.query(`CREATE TRIGGER payslip_locked BEFORE UPDATE OR DELETE ON payslip
                    FOR EACH ROW EXECUTE FUNCTION refuse_locked_payslip_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `DROP TABLE payslip, payroll_run, payroll_input, payroll_bonus_coefficient, social_insurance_rule, salary_structure`,
    );
    await db.query(`DROP FUNCTION refuse_locked_payslip_change()`);
    await db.query(`DELETE FROM ledger_account WHERE code = '224110'`);
  }
}
