// The payroll bench (issue 11): the seeded employees' last full month, locked by attendance and computed by a
// payroll run through the API as a finance user — once for the small group's unit (a tenth of the employees)
// and once for the whole company, alternated over a few rounds, seconds of `calculate` compared per employee
// (linear growth ≈ 1). The runs are deleted afterwards (never approved, so nothing reached the ledger).
import { beijingDay } from '../seed/calendar.mjs';
import { EMPLOYEE_PREFIX } from '../seed/stages/employees.mjs';
import { api, financeToken } from './reconciliation.mjs';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The month before the one `now` falls in (Beijing), as YYYY-MM: attendance locks only a month that is over. */
export function lastFullMonth(now = Date.now()) {
  const [year, month] = beijingDay(now).split('-').map(Number);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

async function deleteBenchRuns(client, userId) {
  // Cascades to the payslips; only runs the bench opened, and never an approved one (the ledger saw those).
  await client.query(
    `DELETE FROM payroll_run WHERE created_by = $1 AND status IN ('draft', 'calculated', 'reviewed')`,
    [userId],
  );
}

/** `{ month, lock, runs: [...], small, large, ratio, met }` or `{ skipped }` when the seed has no employees. */
export async function benchPayroll({
  client,
  baseUrl,
  adminToken,
  rounds = 3,
  month = lastFullMonth(),
  log,
}) {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new Error(`--payroll-month: ${month} is not YYYY-MM`);
  const { rows: groups } = await client.query(
    `SELECT org_unit_id, count(*)::int AS n FROM employee WHERE number LIKE $1
      GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    [`${EMPLOYEE_PREFIX}%`],
  );
  if (!groups.length) return { skipped: 'no seeded employees: run `npm run seed:scale -- --only employees`' };
  const {
    rows: [company],
  } = await client.query(`SELECT id FROM org_unit WHERE parent_id IS NULL ORDER BY path LIMIT 1`);
  const token = await financeToken(client, baseUrl, adminToken);
  const {
    rows: [finance],
  } = await client.query(`SELECT id FROM user_account WHERE username = 'bench-finance'`);
  await deleteBenchRuns(client, finance.id);

  // Attendance hands the month over once: the lock freezes every employee's summary (timed the first time).
  const state = await api(baseUrl, token, 'GET', `/api/v1/attendance-months/${month}`);
  if (state.status !== 200)
    throw new Error(`Attendance month: HTTP ${state.status} ${JSON.stringify(state.body)}`);
  let lock = { alreadyLocked: state.body.locked };
  if (!state.body.locked) {
    const started = process.hrtime.bigint();
    const locked = await api(baseUrl, token, 'POST', `/api/v1/attendance-months/${month}/lock`);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (locked.status !== 200)
      throw new Error(`Locking ${month}: HTTP ${locked.status} ${JSON.stringify(locked.body)}`);
    lock = { alreadyLocked: false, seconds, employees: locked.body.employees };
    log(
      `  payroll: attendance ${month} locked for ${locked.body.employees} employees in ${seconds.toFixed(2)} s`,
    );
  }

  const subjects = [
    { name: 'small unit', orgUnitId: groups[0].org_unit_id },
    { name: 'whole company', orgUnitId: company.id },
  ];
  const runs = [];
  try {
    for (let round = 0; round < rounds; round++) {
      for (const subject of round % 2 ? [...subjects].reverse() : subjects) {
        const created = await api(baseUrl, token, 'POST', '/api/v1/payroll-runs', {
          month,
          orgUnitId: subject.orgUnitId,
        });
        if (created.status !== 201)
          throw new Error(`Opening a payroll run: HTTP ${created.status} ${JSON.stringify(created.body)}`);
        const started = process.hrtime.bigint();
        const calculated = await api(
          baseUrl,
          token,
          'POST',
          `/api/v1/payroll-runs/${created.body.id}/calculate`,
        );
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        if (calculated.status !== 200)
          throw new Error(
            `Calculating: HTTP ${calculated.status} ${JSON.stringify(calculated.body).slice(0, 600)}`,
          );
        runs.push({
          subject: subject.name,
          round: round + 1,
          employees: calculated.body.employees,
          seconds,
          grossTotal: calculated.body.grossTotal,
          netTotal: calculated.body.netTotal,
        });
        log(
          `  payroll round ${round + 1} ${subject.name.padEnd(13)} ${String(calculated.body.employees).padStart(5)} employees: calculate ${seconds.toFixed(2)} s`,
        );
        await deleteBenchRuns(client, finance.id);
      }
    }
  } finally {
    await deleteBenchRuns(client, finance.id);
  }
  const summary = (name) => {
    const of = runs.filter((r) => r.subject === name);
    return { employees: of[0].employees, seconds: median(of.map((r) => r.seconds)) };
  };
  const small = summary('small unit');
  const large = summary('whole company');
  // Seconds per employee, whole company ÷ small unit: 1.0 is exactly linear.
  const ratio = large.seconds / large.employees / (small.seconds / small.employees);
  log(`  payroll time per employee, company ÷ small unit: ${ratio.toFixed(2)} (linear ≈ 1, goal ≤ 1.5)`);
  return { month, lock, rounds, runs, small, large, ratio, met: ratio <= 1.5 };
}

/** The report's Markdown lines for the section. */
export function payrollMarkdown(r) {
  if (!r) return [];
  if (r.error) return ['', `Payroll: failed: ${r.error}`];
  if (r.skipped) return ['', `Payroll: skipped: ${r.skipped}.`];
  return [
    '',
    '## Payroll run (calculate, through the API)',
    '',
    `Month ${r.month}; ${r.lock.alreadyLocked ? 'attendance was already locked' : `attendance lock (freezes every summary): ${r.lock.seconds.toFixed(2)} s for ${r.lock.employees} employees`}. Median of ${r.rounds} rounds, run order alternated.`,
    '',
    '| run | employees | calculate s (median) | ms per employee |',
    '| --- | ---: | ---: | ---: |',
    ...[
      ['small unit', r.small],
      ['whole company', r.large],
    ].map(
      ([name, x]) =>
        `| ${name} | ${x.employees.toLocaleString('en')} | ${x.seconds.toFixed(2)} | ${((x.seconds * 1000) / x.employees).toFixed(2)} |`,
    ),
    '',
    `${(r.large.employees / r.small.employees).toFixed(1)}× the employees took ${(r.large.seconds / r.small.seconds).toFixed(2)}× the time: time per employee, large ÷ small = ${r.ratio.toFixed(2)} (linear ≈ 1; goal ≤ 1.5): ${r.met ? 'met' : 'NOT met'}.`,
  ];
}
