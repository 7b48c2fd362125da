import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VERSIONED_COLUMNS_SQL } from '../database/versioned.entity';
import { CHINA_OFFICIAL_CALENDAR_2025_2026 } from '../work-calendar/china-official-calendar';

export class CreateWorkCalendar1764250000000 implements MigrationInterface {
  name = 'CreateWorkCalendar1764250000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE work_calendar_day (${VERSIONED_COLUMNS_SQL},
        date date NOT NULL UNIQUE,
        kind varchar(20) NOT NULL CHECK (kind IN ('holiday', 'make-up-workday')),
        name varchar(60) NOT NULL CHECK (length(trim(name)) > 0)
      )`);
    const days = CHINA_OFFICIAL_CALENDAR_2025_2026;
    await db.query(
      `INSERT INTO work_calendar_day (date, kind, name)
       SELECT * FROM unnest($1::date[], $2::varchar[], $3::varchar[])`,
      [days.map((day) => day.date), days.map((day) => day.kind), days.map((day) => day.name)],
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE work_calendar_day`);
  }
}
