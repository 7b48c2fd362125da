import { Injectable } from '@nestjs/common';
import {
  beijingDate,
  DemoData,
  DemoDataSeeder,
  TransactionalConnection,
  WorkCalendarService,
} from '@zhanggui/api-platform';
import { Employee } from '../employees/employee.entity';
import { addDays } from '../shared/dates';
import { monthDays } from './attendance-rules';
import { LeaveRequest, Shift, ShiftAssignment } from './attendance.entities';
import { LeaveService } from './leave.service';

/** A day shift for everyone, last month's punches for the demo employees (some late), some approved leave. */
@Injectable()
@DemoData({ order: 46 })
export class AttendanceDemoData implements DemoDataSeeder {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly calendars: WorkCalendarService,
    private readonly leave: LeaveService,
  ) {}

  async seed(): Promise<string | void> {
    if (await this.connection.getRepository(Shift).exists()) return;
    const employees = await this.connection
      .getRepository(Employee)
      .find({ order: { number: 'ASC' }, take: 40 });
    if (employees.length === 0) return;
    const shifts = this.connection.getRepository(Shift);
    const day = await shifts.save(
      shifts.create({
        code: 'DAY',
        name: '白班',
        startsAt: '09:00',
        endsAt: '18:00',
        breakStartsAt: '12:00',
        breakEndsAt: '13:00',
        graceMinutes: 5,
      }),
    );
    await shifts.save(
      shifts.create({
        code: 'CS-LATE',
        name: '客服晚班',
        startsAt: '13:00',
        endsAt: '22:00',
        breakStartsAt: '17:30',
        breakEndsAt: '18:30',
        graceMinutes: 5,
      }),
    );
    const assignments = this.connection.getRepository(ShiftAssignment);
    for (const unit of new Set(employees.map((e) => e.orgUnitId)))
      await assignments.save(
        assignments.create({ shiftId: day.id, orgUnitId: unit, employeeId: null, startsOn: '2025-01-01' }),
      );

    const today = beijingDate(new Date());
    const [y, m] = today.split('-').map(Number);
    const lastMonth = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
    const calendar = await this.calendars.calendar();
    const rows: Array<[string, string, string, string]> = [];
    employees.forEach((e, i) => {
      monthDays(lastMonth).forEach((date, d) => {
        if (!calendar.isWorkingDay(date) || date < e.hireDate) return;
        if ((i + d) % 23 === 0) return; // an occasional absence
        const late = (i * 7 + d) % 11 === 0;
        rows.push([e.id, e.orgUnitId, `${date}T${late ? '09:17' : '08:5' + (d % 10)}:00+08:00`, date]);
        rows.push([e.id, e.orgUnitId, `${date}T18:0${d % 10}:00+08:00`, date]);
      });
    });
    if (rows.length)
      await this.connection.manager.query(
        `INSERT INTO clock_record (employee_id, org_unit_id, clocked_at, work_date, source, device)
         SELECT e, u, a, d, 'device', 'DEMO-GATE' FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::date[]) AS t(e, u, a, d)
         ON CONFLICT DO NOTHING`,
        [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3])],
      );
    await this.leave.accrue(y);
    // Demo leave is entered as already approved (no approver is signed in while seeding).
    const leave = this.connection.getRepository(LeaveRequest);
    for (const [index, e] of employees.slice(0, 3).entries()) {
      const startsOn = `${lastMonth}-${String(10 + index * 5).padStart(2, '0')}`;
      await leave.save(
        leave.create({
          number: `LV-DEMO-${index + 1}`,
          employeeId: e.id,
          orgUnitId: e.orgUnitId,
          leaveType: index === 1 ? 'sick' : 'personal',
          startsOn,
          endsOn: addDays(startsOn, 1),
          days: 2,
          reason: '演示请假',
          status: 'approved',
          statusNote: null,
          approvalRequestId: null,
        }),
      );
    }
    return `2 shifts, ${rows.length} punches for ${lastMonth}, 3 leave requests`;
  }
}
