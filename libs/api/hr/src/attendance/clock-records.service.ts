import { Injectable } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import {
  applyDataScope,
  beijingDate,
  DataScope,
  Page,
  paginate,
  scopeAllows,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { Employee } from '../employees/employee.entity';
import { scopeOf } from '../employees/employees.service';
import { AttendanceLocks } from './attendance-locks';
import { ClockRecord } from './attendance.entities';
import type { ClockImportResponse, ListClockRecordsQuery } from './dto/attendance.dto';

interface Punch {
  line: number;
  employeeNumber: string;
  clockedAt: Date;
}

const NUMBER_HEADERS = ['employeenumber', '工号', 'employee_number'];
const TIME_HEADERS = ['clockedat', '打卡时间', 'clocked_at', 'time'];
const DEVICE_HEADERS = ['device', '设备', 'deviceid'];

/** "2026-10-09 08:55[:00]" is Beijing time; an ISO-8601 instant with an offset is taken as it is. */
export function parseClockTime(text: string): Date | null {
  const local = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  const at = local
    ? new Date(`${local[1]}T${local[2]}:${local[3]}:${local[4] ?? '00'}+08:00`)
    : /^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/.test(text.trim())
      ? new Date(text.trim())
      : null;
  return at && !Number.isNaN(at.getTime()) ? at : null;
}

/** Clock records (打卡记录) from CSV files and clock devices; a punch counts for its Beijing date. */
@Injectable()
export class ClockRecordsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly locks: AttendanceLocks,
  ) {}

  async list(query: ListClockRecordsQuery): Promise<Page<ClockRecord>> {
    const qb = this.connection.getRepository(ClockRecord).createQueryBuilder('c');
    applyDataScope(qb, 'c.org_unit_id', await scopeOf('clock-records:read'));
    if (query.employeeId) qb.andWhere('c.employee_id = :employeeId', { employeeId: query.employeeId });
    if (query.month) {
      const [from, to] = monthRange(query.month);
      qb.andWhere('c.work_date BETWEEN :from AND :to', { from, to });
    }
    return paginate(
      qb,
      { ...query, sort: query.sort ?? '-clockedAt' },
      {
        sorts: { clockedAt: { column: 'c.clocked_at', value: (c) => c.clockedAt.toISOString() } },
        idColumn: 'c.id',
        idValue: (c) => c.id,
      },
    );
  }

  /** Imports a CSV; good rows are kept, each bad row is reported by line and field. */
  async importCsv(csv: string): Promise<ClockImportResponse> {
    const errors: ClockImportResponse['errors'] = [];
    let rows: string[][];
    try {
      rows = parse(csv, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: true });
    } catch (error) {
      return {
        imported: 0,
        duplicates: 0,
        errors: [{ line: 1, field: 'csv', message: (error as Error).message }],
      };
    }
    if (rows.length === 0)
      return { imported: 0, duplicates: 0, errors: [{ line: 1, field: 'csv', message: 'is empty' }] };
    const header = rows[0].map((h) => h.toLowerCase());
    const col = (names: string[]) => header.findIndex((h) => names.includes(h));
    const [numberCol, timeCol, deviceCol] = [col(NUMBER_HEADERS), col(TIME_HEADERS), col(DEVICE_HEADERS)];
    if (numberCol < 0 || timeCol < 0)
      return {
        imported: 0,
        duplicates: 0,
        errors: [
          { line: 1, field: numberCol < 0 ? 'employeeNumber' : 'clockedAt', message: 'column is missing' },
        ],
      };
    const punches: Array<Punch & { device: string | null }> = [];
    rows.slice(1).forEach((row, index) => {
      const line = index + 2;
      const employeeNumber = row[numberCol] ?? '';
      const clockedAt = parseClockTime(row[timeCol] ?? '');
      if (!employeeNumber) errors.push({ line, field: 'employeeNumber', message: 'is empty' });
      else if (!clockedAt)
        errors.push({
          line,
          field: 'clockedAt',
          message: 'must be "YYYY-MM-DD HH:MM" (Beijing) or ISO-8601',
        });
      else
        punches.push({
          line,
          employeeNumber,
          clockedAt,
          device: deviceCol >= 0 ? row[deviceCol] || null : null,
        });
    });
    const result = await this.store(punches, 'csv', await scopeOf('clock-records:write'), errors);
    return { ...result, errors: errors.sort((a, b) => a.line - b.line) };
  }

  /** Punches from a clock device (its API key's scope limits whose punches it may send). */
  async fromDevice(
    deviceId: string,
    punches: Array<{ employeeNumber: string; clockedAt: string }>,
  ): Promise<ClockImportResponse> {
    const errors: ClockImportResponse['errors'] = [];
    const parsed = punches.map((p, index) => ({
      line: index,
      employeeNumber: p.employeeNumber,
      clockedAt: new Date(p.clockedAt),
      device: deviceId,
    }));
    const result = await this.store(parsed, 'device', await scopeOf('clock-records:submit'), errors);
    return { ...result, errors };
  }

  private async store(
    punches: Array<Punch & { device: string | null }>,
    source: 'csv' | 'device',
    scope: DataScope,
    errors: ClockImportResponse['errors'],
  ): Promise<{ imported: number; duplicates: number }> {
    const numbers = [...new Set(punches.map((p) => p.employeeNumber))];
    const found = numbers.length
      ? await this.connection
          .getRepository(Employee)
          .createQueryBuilder('e')
          .where('e.number = ANY(:numbers)', { numbers })
          .getMany()
      : [];
    const byNumber = new Map(found.filter((e) => scopeAllows(scope, e.orgUnitId)).map((e) => [e.number, e]));
    const locked = await this.locks.lockedMonths();
    const good: Array<{ employee: Employee; at: Date; date: string; device: string | null }> = [];
    for (const p of punches) {
      const employee = byNumber.get(p.employeeNumber);
      const date = beijingDate(p.clockedAt);
      if (!employee)
        errors.push({ line: p.line, field: 'employeeNumber', message: `no employee ${p.employeeNumber}` });
      else if (locked.has(date.slice(0, 7)))
        errors.push({ line: p.line, field: 'clockedAt', message: `${date.slice(0, 7)} is locked` });
      else if (date < employee.hireDate || (employee.leaveDate && date > employee.leaveDate))
        errors.push({ line: p.line, field: 'clockedAt', message: 'outside the employment' });
      else good.push({ employee, at: p.clockedAt, date, device: p.device });
    }
    if (good.length === 0) return { imported: 0, duplicates: 0 };
    const inserted: unknown[] = await this.connection.manager.query(
      `INSERT INTO clock_record (employee_id, org_unit_id, clocked_at, work_date, source, device)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::date[], $5::varchar[], $6::varchar[])
       ON CONFLICT (employee_id, clocked_at) DO NOTHING RETURNING id`,
      [
        good.map((g) => g.employee.id),
        good.map((g) => g.employee.orgUnitId),
        good.map((g) => g.at.toISOString()),
        good.map((g) => g.date),
        good.map(() => source),
        good.map((g) => g.device),
      ],
    );
    return { imported: inserted.length, duplicates: good.length - inserted.length };
  }
}

export function monthRange(month: string): [string, string] {
  const [y, m] = month.split('-').map(Number);
  return [`${month}-01`, `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`];
}
