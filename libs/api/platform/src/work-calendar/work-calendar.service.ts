import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '../database/transactional-connection';
import { NotFoundError } from '../errors/domain-error';
import { CalendarExceptionKind, WorkCalendarDay } from './work-calendar-day.entity';
import { OFFICE_HOURS, WorkingHours, WorkingTimeCalendar } from './working-time-calendar';

export interface CalendarDayInput {
  date: string;
  kind: CalendarExceptionKind;
  name: string;
}

/**
 * The company calendar: HR keeps its holidays and make-up working days, every domain that counts working
 * time asks it for a `WorkingTimeCalendar`. The whole table is a few dozen rows a year, so it is read whole.
 */
@Injectable()
export class WorkCalendarService {
  constructor(private readonly connection: TransactionalConnection) {}

  /** The calendar with the given daily hours (office hours unless an SLA policy or a shift says otherwise). */
  async calendar(hours: readonly WorkingHours[] = OFFICE_HOURS): Promise<WorkingTimeCalendar> {
    const days = await this.connection.getRepository(WorkCalendarDay).find();
    return new WorkingTimeCalendar(
      {
        holidays: days.filter((day) => day.kind === 'holiday').map((day) => day.date),
        makeUpWorkdays: days.filter((day) => day.kind === 'make-up-workday').map((day) => day.date),
      },
      hours,
    );
  }

  /** The exceptions of one year, by date. */
  async days(year: number): Promise<WorkCalendarDay[]> {
    return this.connection
      .getRepository(WorkCalendarDay)
      .createQueryBuilder('day')
      .where('day.date BETWEEN :from AND :to', { from: `${year}-01-01`, to: `${year}-12-31` })
      .orderBy('day.date')
      .getMany();
  }

  /**
   * Years whose holidays have been entered. A year missing here reads as plain Monday-to-Friday, which is
   * wrong in China every year: attendance refuses to close such a month and the console warns HR.
   */
  async maintainedYears(): Promise<number[]> {
    const rows: Array<{ year: number }> = await this.connection.manager.query(
      `SELECT DISTINCT extract(year FROM date)::int AS year FROM work_calendar_day WHERE kind = 'holiday' ORDER BY 1`,
    );
    return rows.map((row) => row.year);
  }

  /** Adds or changes the exception for a date. */
  async setDay(input: CalendarDayInput): Promise<WorkCalendarDay> {
    const repository = this.connection.getRepository(WorkCalendarDay);
    const day = (await repository.findOneBy({ date: input.date })) ?? repository.create({ date: input.date });
    day.kind = input.kind;
    day.name = input.name;
    return repository.save(day);
  }

  /** Makes a date an ordinary day of the week again. */
  async removeDay(date: string): Promise<void> {
    const repository = this.connection.getRepository(WorkCalendarDay);
    const day = await repository.findOneBy({ date });
    if (!day) throw new NotFoundError('calendar-day-not-found', `${date} is an ordinary day in the calendar`);
    await repository.remove(day);
  }
}
