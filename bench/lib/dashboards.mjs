// The general manager's dashboard over the seeded orders (issue 11: "each figure's p95, no endpoint over 200 ms").
// One GET computes every figure, so the bench reports (1) the endpoint's latency — one request at a time, so the
// percentiles are the work and not a queue — over days spread across the data set, and (2) each figure's own
// statements, timed inside the API by the SQL trace (bench/lib/sql-trace.cjs) over the same requests. The
// service runs its figures in two parallel groups, so a figure's time includes sharing the 2 cores with the
// others of its group: an upper bound of what it costs alone.
import fs from 'node:fs';

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
};

// Which figure a statement computes, by what it reads (first match wins).
const FIGURES = [
  ['(request) session and roles check', /auth_session/i],
  ['(request) rate limit counter', /rate_limit_counter/i],
  ['order funnel (placed, paid, shipped, delivered, returned)', /AS placed/i],
  ['sales today and this month, by unit (2 statements)', /sum\(o\.total\)/i],
  ['territories (provinces, regions)', /FROM org_unit|parent_id AS/i],
  ['stock alerts', /stock_alert/i],
  ['COD awaiting cash', /cod_remittance/i],
  ['SLA breaches', /support_ticket/i],
  ['cash (trial balance of the month)', /ledger_/i],
  ['payables due this week', /FROM payable/i],
  ['headcount (planned, in post)', /headcount_plan|FROM employee/i],
];
const figureOf = (sql) =>
  FIGURES.find(([, pattern]) => pattern.test(sql))?.[0] ?? `other: ${sql.slice(0, 60)}`;

/** Days to ask for: today and days back through the seeded period, so month figures cover full months too. */
function daysToAsk(count, spanDays) {
  const today = new Date(Date.now() + 8 * 3_600_000);
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(today.getTime() - Math.round((i * spanDays) / count) * 86_400_000);
    return d.toISOString().slice(0, 10);
  });
}

export async function benchDashboards({
  client,
  baseUrl,
  apiPid,
  trace,
  login,
  requests = 60,
  spanDays = 365,
  log,
}) {
  // The measured caller needs the general manager's role (company-wide) for this endpoint.
  await client.query(
    `INSERT INTO role_assignment (user_id, role, org_unit_id)
     SELECT id, 'general-manager', NULL FROM user_account WHERE username = 'admin' ON CONFLICT DO NOTHING`,
  );
  const token = await login();
  const days = daysToAsk(12, spanDays);
  const get = async (day) => {
    const started = process.hrtime.bigint();
    const response = await fetch(`${baseUrl}/api/v1/dashboards/general-manager?date=${day}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    await response.text();
    if (response.status !== 200) throw new Error(`GM dashboard for ${day}: HTTP ${response.status}`);
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  for (const day of days) await get(day); // warm-up: plans cached, pages in memory
  const before = fs.existsSync(trace) ? fs.readFileSync(trace, 'utf8').split('\n').length : 1;
  process.kill(apiPid, 'SIGUSR2');
  await new Promise((r) => setTimeout(r, 50));
  const latencies = [];
  for (let i = 0; i < requests; i++) latencies.push(await get(days[i % days.length]));
  await new Promise((r) => setTimeout(r, 50));
  process.kill(apiPid, 'SIGUSR2');
  const statements = fs
    .readFileSync(trace, 'utf8')
    .split('\n')
    .slice(before - 1)
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .filter((s) => typeof s.ms === 'number');
  // A figure's time in one request is the sum of its statements in that request; requests are sequential, so
  // each figure's statements come in request order: split them evenly.
  const byFigure = new Map();
  for (const s of statements) {
    const name = figureOf(s.sql);
    if (!byFigure.has(name)) byFigure.set(name, []);
    byFigure.get(name).push(s.ms);
  }
  const figures = [...byFigure]
    .map(([name, ms]) => {
      const perRequest = Math.max(1, Math.round(ms.length / requests));
      const sums = [];
      for (let i = 0; i < ms.length; i += perRequest)
        sums.push(ms.slice(i, i + perRequest).reduce((a, b) => a + b, 0));
      return {
        figure: name,
        statementsPerRequest: perRequest,
        p50: percentile(sums, 50),
        p95: percentile(sums, 95),
      };
    })
    .sort((a, b) => b.p95 - a.p95);
  const endpoint = {
    requests,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: Math.max(...latencies),
  };
  log(
    `  GM dashboard: p95 ${endpoint.p95.toFixed(1)} ms (p50 ${endpoint.p50.toFixed(1)}) over ${requests} sequential requests; slowest figure ${figures[0]?.figure} p95 ${figures[0]?.p95.toFixed(1)} ms`,
  );
  return { days, endpoint, figures, met: endpoint.p95 <= 200 && figures.every((f) => f.p95 <= 200) };
}

export function dashboardsMarkdown(r) {
  if (!r) return [];
  if (r.error) return ['', `GM dashboard: failed: ${r.error}`];
  return [
    '',
    '## General manager dashboard (GET /api/v1/dashboards/general-manager)',
    '',
    `Endpoint, ${r.endpoint.requests} sequential requests over ${r.days.length} days from ${r.days.at(-1)} to ${r.days[0]}: p50 ${r.endpoint.p50.toFixed(1)} ms, p95 ${r.endpoint.p95.toFixed(1)} ms, max ${r.endpoint.max.toFixed(1)} ms (goal ≤ 200 ms p95): ${r.met ? 'met' : 'NOT met'}.`,
    '',
    '| figure (its statements, timed inside the API) | statements per request | p50 ms | p95 ms |',
    '| --- | ---: | ---: | ---: |',
    ...r.figures.map(
      (f) => `| ${f.figure} | ${f.statementsPerRequest} | ${f.p50.toFixed(1)} | ${f.p95.toFixed(1)} |`,
    ),
  ];
}
