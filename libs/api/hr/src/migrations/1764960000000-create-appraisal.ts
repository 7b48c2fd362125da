import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VERSIONED_COLUMNS_SQL } from '@zhanggui/api-platform';

/**
 * Performance appraisal (绩效考核): the grade → bonus coefficient table payroll uses, KPI templates per
 * position, cycles and each employee's appraisal in a cycle.
 */
export class CreateAppraisal1764960000000 implements MigrationInterface {
  name = 'CreateAppraisal1764960000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE appraisal_grade (
        grade varchar(2) PRIMARY KEY CHECK (grade ~ '^[A-Z][+-]?$'),
        rank integer NOT NULL CONSTRAINT appraisal_grade_rank_key UNIQUE,
        min_score integer NOT NULL CHECK (min_score BETWEEN 0 AND 100),
        coefficient numeric(4,2) NOT NULL CHECK (coefficient BETWEEN 0 AND 10),
        description varchar(100) NOT NULL DEFAULT ''
      )`);
    await db.query(`
      INSERT INTO appraisal_grade (grade, rank, min_score, coefficient, description) VALUES
        ('S', 1, 90, 1.5, '卓越'), ('A', 2, 80, 1.2, '优秀'), ('B', 3, 70, 1.0, '良好'),
        ('C', 4, 60, 0.8, '待改进'), ('D', 5, 0, 0, '不合格')`);

    await db.query(`
      CREATE TABLE kpi_template (${VERSIONED_COLUMNS_SQL},
        position_id uuid NOT NULL CONSTRAINT kpi_template_position_key UNIQUE REFERENCES job_position (id),
        name varchar(100) NOT NULL,
        items jsonb NOT NULL
      )`);
    await db.query(`CREATE INDEX kpi_template_id_idx ON kpi_template (id)`);

    await db.query(`
      CREATE TABLE appraisal_cycle (${VERSIONED_COLUMNS_SQL},
        number varchar(24) NOT NULL CONSTRAINT appraisal_cycle_number_key UNIQUE,
        name varchar(100) NOT NULL,
        period_start date NOT NULL,
        period_end date NOT NULL,
        status varchar(16) NOT NULL CHECK (status IN ('draft', 'self_review', 'manager_review', 'calibration', 'closed')),
        forced_distribution jsonb,
        closed_at timestamptz(3),
        CHECK (period_end >= period_start)
      )`);

    await db.query(`
      CREATE TABLE appraisal (${VERSIONED_COLUMNS_SQL},
        cycle_id uuid NOT NULL REFERENCES appraisal_cycle (id),
        employee_id uuid NOT NULL REFERENCES employee (id),
        org_unit_id uuid NOT NULL,
        position_id uuid NOT NULL REFERENCES job_position (id),
        items jsonb NOT NULL,
        self_scores jsonb,
        self_score numeric(5,2),
        self_comment varchar(2000),
        manager_scores jsonb,
        manager_score numeric(5,2),
        manager_comment varchar(2000),
        reviewed_by uuid,
        grade varchar(2),
        final_grade varchar(2),
        adjustment_reason varchar(1000),
        coefficient numeric(4,2),
        CONSTRAINT appraisal_cycle_employee_key UNIQUE (cycle_id, employee_id)
      )`);
    await db.query(`CREATE INDEX appraisal_cycle_id_idx ON appraisal (cycle_id, id)`);
    await db.query(`CREATE INDEX appraisal_employee_idx ON appraisal (employee_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['appraisal', 'appraisal_cycle', 'kpi_template', 'appraisal_grade'])
      await db.query(`DROP TABLE ${table}`);
  }
}
