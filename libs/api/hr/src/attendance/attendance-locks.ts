import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@zhanggui/api-platform';
import { AttendanceMonthLockedError } from './attendance.errors';

/** Which months payroll has locked; changes touching them are refused with 409. */
@Injectable()
export class AttendanceLocks {
  constructor(private readonly connection: TransactionalConnection) {}

  async lockedMonths(): Promise<Set<string>> {
    const rows: Array<{ month: string }> = await this.connection.manager.query(
      `SELECT month FROM attendance_lock`,
    );
    return new Set(rows.map((r) => r.month));
  }

  async assertOpen(months: string[], field: string): Promise<void> {
    const locked = await this.lockedMonths();
    const month = months.find((m) => locked.has(m));
    if (month) throw new AttendanceMonthLockedError(month, field);
  }
}
