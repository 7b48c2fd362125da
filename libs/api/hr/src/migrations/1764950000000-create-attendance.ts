import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VERSIONED_COLUMNS_SQL } from '@zhanggui/api-platform';

/**
 * Attendance (考勤): shifts and who works them, clock records, leave types, balances and requests, overtime
 * requests, and the months payroll has locked with the summaries it took.
 */
export class CreateAttendance1764950000000 implements MigrationInterface {
  name = 'CreateAttendance1764950000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE shift (${VERSIONED_COLUMNS_SQL},
        code varchar(32) NOT NULL,
        name varchar(100) NOT NULL,
        starts_at varchar(5) NOT NULL CHECK (starts_at ~ '^[0-2][0-9]:[0-5][0-9]$'),
        ends_at varchar(5) NOT NULL CHECK (ends_at ~ '^[0-2][0-9]:[0-5][0-9]$'),
        break_starts_at varchar(5),
        break_ends_at varchar(5),
        grace_minutes integer NOT NULL DEFAULT 0 CHECK (grace_minutes BETWEEN 0 AND 120),
        CHECK (ends_at > starts_at),
        CHECK ((break_starts_at IS NULL) = (break_ends_at IS NULL))
      )`);
    await db.query(`CREATE UNIQUE INDEX shift_code_key ON shift (lower(code))`);
    await db.query(`CREATE INDEX shift_code_id_idx ON shift (code, id)`);

    // A shift for one employee or for a whole unit, from a date; the employee's own assignment wins.
    await db.query(`
      CREATE TABLE shift_assignment (${VERSIONED_COLUMNS_SQL},
        shift_id uuid NOT NULL REFERENCES shift (id),
        employee_id uuid REFERENCES employee (id),
        org_unit_id uuid,
        starts_on date NOT NULL,
        CHECK ((employee_id IS NULL) <> (org_unit_id IS NULL))
      )`);
    await db.query(`CREATE INDEX shift_assignment_employee_idx ON shift_assignment (employee_id, starts_on)`);
    await db.query(`CREATE INDEX shift_assignment_unit_idx ON shift_assignment (org_unit_id, starts_on)`);

    await db.query(`
      CREATE TABLE clock_record (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        employee_id uuid NOT NULL REFERENCES employee (id),
        org_unit_id uuid NOT NULL,
        clocked_at timestamptz(3) NOT NULL,
        work_date date NOT NULL,
        source varchar(16) NOT NULL CHECK (source IN ('csv', 'device', 'manual')),
        device varchar(64),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT clock_record_employee_at_key UNIQUE (employee_id, clocked_at)
      )`);
    await db.query(`CREATE INDEX clock_record_employee_date_idx ON clock_record (employee_id, work_date)`);
    await db.query(`CREATE INDEX clock_record_date_id_idx ON clock_record (work_date, id)`);

    await db.query(`
      CREATE TABLE leave_type (${VERSIONED_COLUMNS_SQL},
        code varchar(24) NOT NULL CONSTRAINT leave_type_code_key UNIQUE,
        name varchar(60) NOT NULL,
        paid boolean NOT NULL,
        uses_balance boolean NOT NULL DEFAULT false,
        counts varchar(16) NOT NULL CHECK (counts IN ('working_days', 'calendar_days')),
        max_days_per_request integer CHECK (max_days_per_request > 0),
        active boolean NOT NULL DEFAULT true
      )`);
    await db.query(`
      INSERT INTO leave_type (code, name, paid, uses_balance, counts, max_days_per_request) VALUES
        ('annual', '年休假', true, true, 'working_days', NULL),
        ('sick', '病假', true, false, 'working_days', NULL),
        ('personal', '事假', false, false, 'working_days', NULL),
        ('marriage', '婚假', true, false, 'working_days', 3),
        ('maternity', '产假', true, false, 'calendar_days', 158),
        ('paternity', '陪产假', true, false, 'working_days', 15),
        ('bereavement', '丧假', true, false, 'working_days', 3)`);

    // Days in tenths so half days (0.5) are exact.
    await db.query(`
      CREATE TABLE leave_balance (${VERSIONED_COLUMNS_SQL},
        employee_id uuid NOT NULL REFERENCES employee (id),
        leave_type varchar(24) NOT NULL REFERENCES leave_type (code),
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        entitled numeric(5,1) NOT NULL CHECK (entitled >= 0),
        used numeric(5,1) NOT NULL DEFAULT 0 CHECK (used >= 0 AND used <= entitled),
        note varchar(300),
        CONSTRAINT leave_balance_key UNIQUE (employee_id, leave_type, year)
      )`);

    await db.query(`
      CREATE TABLE leave_request (${VERSIONED_COLUMNS_SQL},
        number varchar(24) NOT NULL CONSTRAINT leave_request_number_key UNIQUE,
        employee_id uuid NOT NULL REFERENCES employee (id),
        org_unit_id uuid NOT NULL,
        leave_type varchar(24) NOT NULL REFERENCES leave_type (code),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        days numeric(5,1) NOT NULL CHECK (days > 0),
        reason varchar(1000) NOT NULL,
        status varchar(24) NOT NULL CHECK (status IN ('pending_approval', 'approved', 'rejected', 'cancelled')),
        status_note varchar(300),
        approval_request_id uuid,
        CHECK (ends_on >= starts_on)
      )`);
    await db.query(`CREATE INDEX leave_request_employee_idx ON leave_request (employee_id, starts_on)`);
    await db.query(`CREATE INDEX leave_request_id_idx ON leave_request (org_unit_id, id)`);

    await db.query(`
      CREATE TABLE overtime_request (${VERSIONED_COLUMNS_SQL},
        number varchar(24) NOT NULL CONSTRAINT overtime_request_number_key UNIQUE,
        employee_id uuid NOT NULL REFERENCES employee (id),
        org_unit_id uuid NOT NULL,
        work_date date NOT NULL,
        hours numeric(4,1) NOT NULL CHECK (hours > 0 AND hours <= 16),
        kind varchar(16) NOT NULL CHECK (kind IN ('weekday', 'rest_day', 'public_holiday')),
        multiplier numeric(3,1) NOT NULL,
        reason varchar(1000) NOT NULL,
        status varchar(24) NOT NULL CHECK (status IN ('pending_approval', 'approved', 'rejected', 'cancelled')),
        approval_request_id uuid
      )`);
    await db.query(`CREATE INDEX overtime_request_employee_idx ON overtime_request (employee_id, work_date)`);
    await db.query(`CREATE INDEX overtime_request_id_idx ON overtime_request (org_unit_id, id)`);

    // A month payroll has taken: its summaries are frozen here and nothing in the month changes any more.
    await db.query(`
      CREATE TABLE attendance_lock (
        month varchar(7) PRIMARY KEY CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        locked_at timestamptz(3) NOT NULL DEFAULT now(),
        locked_by varchar(200)
      )`);
    await db.query(`
      CREATE TABLE attendance_summary (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        month varchar(7) NOT NULL REFERENCES attendance_lock (month),
        employee_id uuid NOT NULL REFERENCES employee (id),
        org_unit_id uuid NOT NULL,
        summary jsonb NOT NULL,
        CONSTRAINT attendance_summary_key UNIQUE (month, employee_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'attendance_summary',
      'attendance_lock',
      'overtime_request',
      'leave_request',
      'leave_balance',
      'leave_type',
      'clock_record',
      'shift_assignment',
      'shift',
    ])
      await db.query(`DROP TABLE ${table}`);
  }
}
