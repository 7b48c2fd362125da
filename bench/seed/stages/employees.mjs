// Employees (numbers BX000001…) with a salary structure each and a year of clock punches, so attendance can
// lock a month and a payroll run can compute it (the insurance city of each is one the 五险一金 rules cover).
// A tenth of them sit in one leaf unit of their own: the payroll bench's small run, to compare with the whole
// company's. Punches follow the company calendar (holidays, make-up workdays), with a few absences and late
// arrivals so the summaries are not all alike.
import { addDays, beijingDay, beijingInstant, workingDays } from '../calendar.mjs';
import { TableSpool } from '../copy.mjs';
import { GIVEN, SURNAMES } from '../vocabulary.mjs';
import { loadAll } from './catalog.mjs';

export const EMPLOYEE_PREFIX = 'BX';
const SALES_KINDS = new Set(['province', 'region', 'city']);

/** The insurance city of a unit: a city the rules cover named in the unit (or its parents), else Beijing/Shanghai. */
function insuranceCityOf(unit, unitById, cities, fallback) {
  const lineage = unit.path.split('/').filter(Boolean).reverse();
  for (const id of lineage) {
    const name = unitById.get(id)?.name ?? '';
    const city =
      cities.find((c) => name.includes(c)) ??
      (name.includes('广东') ? '广州' : name.includes('浙江') ? '杭州' : undefined);
    if (city && cities.includes(city)) return city;
  }
  return fallback;
}

export const employeesStage = {
  name: 'employees',
  describe: (sizes) =>
    `${sizes.employees.toLocaleString('en')} employees with salary structures and a year of attendance`,
  async run({ client, random, sizes, progress, now }) {
    const { rows: existing } = await client.query(
      `SELECT count(*)::int AS n FROM employee WHERE number LIKE '${EMPLOYEE_PREFIX}%'`,
    );
    if (existing[0].n > 0) throw new Error(`The database already holds ${existing[0].n} seeded employees`);
    const { rows: units } = await client.query(`SELECT id, kind, name, path FROM org_unit ORDER BY path`);
    const unitById = new Map(units.map((u) => [u.id, u]));
    const { rows: staffed } = await client.query(`SELECT DISTINCT org_unit_id FROM employee`);
    const occupied = new Set(staffed.map((r) => r.org_unit_id));
    const isLeaf = (u) => !units.some((o) => o.id !== u.id && o.path.startsWith(u.path));
    const working = units.filter((u) => u.kind !== 'company');
    const leaves = working.filter((u) => isLeaf(u) && !occupied.has(u.id));
    const small = leaves.find((u) => u.kind === 'team') ?? leaves[0];
    if (!small) throw new Error('No empty leaf org unit for the payroll bench’s small group');
    const others = working.filter((u) => u.id !== small.id);
    const { rows: ruleRows } = await client.query(
      `SELECT DISTINCT city FROM social_insurance_rule ORDER BY city`,
    );
    const cities = ruleRows.map((r) => r.city);
    if (!cities.length) throw new Error('No social insurance rules: the payroll migration seeds them');
    const { rows: calendarRows } = await client.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, kind FROM work_calendar_day`,
    );
    const exceptions = new Map(calendarRows.map((r) => [r.date, r.kind]));
    const today = beijingDay(now);
    const yearAgo = addDays(today, -365);
    const days = workingDays(yearAgo, addDays(today, -1), exceptions);

    const employees = new TableSpool('employee', [
      'id',
      'number',
      'name',
      'gender',
      'phone',
      'status',
      'hire_date',
      'probation_end_date',
      'org_unit_id',
      'grade',
      'salary',
      'created_at',
      'updated_at',
    ]);
    const structures = new TableSpool('salary_structure', [
      'id',
      'employee_id',
      'effective_from',
      'base_salary',
      'position_allowance',
      'other_allowances',
      'insurance_city',
      'cost_account',
      'source',
      'created_at',
      'updated_at',
    ]);
    const punches = new TableSpool('clock_record', [
      'id',
      'employee_id',
      'org_unit_id',
      'clocked_at',
      'work_date',
      'source',
      'device',
      'created_at',
    ]);
    const smallCount = Math.round(sizes.employees / 10);
    progress.start('employees', sizes.employees, 'employees');
    for (let i = 0; i < sizes.employees; i++) {
      const unit = i < smallCount ? small : others[i % others.length];
      // Most joined before the year of attendance; one in twenty during it.
      const hireDate =
        random.random() < 0.05
          ? addDays(yearAgo, random.int(1, 330))
          : addDays(yearAgo, -random.int(1, 2500));
      const hiredAt = beijingInstant(hireDate, 9 * 60);
      const onProbation = hireDate > addDays(today, -180);
      const id = random.uuidv7(hiredAt);
      const name =
        random.pick(SURNAMES) + random.pick(GIVEN) + (random.random() < 0.6 ? random.pick(GIVEN) : '');
      const base = random.int(45, 300) * 10_000; // ¥4,500–30,000 a month, in fen
      const at = new Date(hiredAt);
      employees.add([
        id,
        `${EMPLOYEE_PREFIX}${String(i + 1).padStart(6, '0')}`,
        name,
        random.pick(['female', 'male']),
        `139${String((i * 7919 + 1299709) % 100_000_000).padStart(8, '0')}`,
        onProbation ? 'probation' : 'regular',
        hireDate,
        onProbation ? addDays(hireDate, 180) : null,
        unit.id,
        `P${random.int(3, 9)}`,
        base,
        at,
        at,
      ]);
      structures.add([
        random.uuidv7(hiredAt),
        id,
        hireDate,
        base,
        random.int(0, 20) * 10_000,
        random.pick([0, 0, 30_000, 50_000]),
        insuranceCityOf(unit, unitById, cities, cities[i % cities.length]),
        SALES_KINDS.has(unit.kind) ? '6601' : '6602',
        'hire',
        at,
        at,
      ]);
      for (const day of days) {
        if (day < hireDate) continue;
        const roll = random.random();
        if (roll < 0.02) continue; // absent
        const late = roll > 0.97;
        const inMinute = 9 * 60 + (late ? random.int(6, 45) : -random.int(0, 25));
        const outMinute = 18 * 60 + random.int(0, 75);
        const inAt = beijingInstant(day, inMinute) + random.int(0, 59) * 1000;
        punches.add([
          random.uuidv7(inAt),
          id,
          unit.id,
          new Date(inAt),
          day,
          'device',
          'BX-GATE',
          new Date(inAt),
        ]);
        // One day in two hundred the leaving punch is missing (a forgotten card).
        if (roll >= 0.025) {
          const outAt = beijingInstant(day, outMinute) + random.int(0, 59) * 1000;
          punches.add([
            random.uuidv7(outAt),
            id,
            unit.id,
            new Date(outAt),
            day,
            'device',
            'BX-GATE',
            new Date(outAt),
          ]);
        }
      }
      progress.set(i + 1);
    }
    progress.finish(
      `${punches.rows.toLocaleString('en')} punches over ${days.length} working days; ${smallCount} in ${small.name}`,
    );
    await loadAll(client, progress, 'employees (load)', [employees, structures, punches]);
  },
};
