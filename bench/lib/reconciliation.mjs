// The website reconciliation at scale (issues 9 and 11): a payment-provider settlement statement of 100k and of
// 1M lines, built from the seeded prepaid payments, uploaded to the running API as a finance user, timed from
// the upload's first byte to the response (the import is synchronous: the controller answers once matched).
// The two sizes show whether the cost grows linearly. Each import is undone afterwards, so runs repeat.
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { STATEMENT_TABLE } from '../seed/stages/statement.mjs';

const require = createRequire(import.meta.url);
const { to: copyTo } = require('pg-copy-streams');

const FINANCE_USER = 'bench-finance';
const FINANCE_PASSWORD = process.env.BENCH_FINANCE_PASSWORD ?? 'settlement desk password 7';
const REF_PREFIX = 'BXT-';
// Every 50th line names an order we never had; every 50th (offset 25) charges ¥1 more than the payment.
const MIX = { every: 50, unknownAt: 0, differenceAt: 25, differenceFen: 100 };

/**
 * The provider's side of the seeded prepaid orders: finance keeps provider_payment from ORDER_CONFIRMED events,
 * which the seed's COPY never raised, so it is filled here the way ProviderPaymentsSubscriber would have
 * (once per order, the order's total, the Beijing day it was paid).
 */
async function backfillProviderPayments(client) {
  const { rowCount } = await client.query(
    `INSERT INTO provider_payment (order_id, order_number, amount, currency, paid_on)
     SELECT o.id, o.number, o.total, o.currency, (min(p.paid_at) AT TIME ZONE 'Asia/Shanghai')::date
       FROM sales_order o JOIN order_payment p ON p.order_id = o.id
      WHERE o.payment_method = 'prepaid' AND o.total > 0
      GROUP BY o.id
     ON CONFLICT DO NOTHING`,
  );
  return rowCount;
}

/** Undoes imports: their lines, the payments they claimed, the import rows. */
async function undoImports(client, where, params) {
  await client.query('BEGIN');
  try {
    const { rows } = await client.query(
      `SELECT DISTINCT import_id FROM provider_statement_line WHERE ${where}`,
      params,
    );
    const ids = rows.map((r) => r.import_id);
    if (ids.length) {
      await client.query(
        `UPDATE provider_payment p SET statement_line_id = NULL FROM provider_statement_line l
          WHERE l.import_id = ANY($1) AND p.statement_line_id = l.id`,
        [ids],
      );
      await client.query(`DELETE FROM provider_statement_line WHERE import_id = ANY($1)`, [ids]);
      await client.query(`DELETE FROM provider_statement_import WHERE id = ANY($1)`, [ids]);
    }
    await client.query('COMMIT');
    if (ids.length) await client.query(`VACUUM ANALYZE provider_statement_line, provider_payment`);
    return ids.length;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/**
 * Writes the first `lines` lines of the seeded statement (bench_statement_line, see
 * bench/seed/stages/statement.mjs) to `file` with COPY … TO STDOUT (streamed, never held in memory). Returns
 * what the reconciliation should make of them, from each line's kind.
 */
async function writeSeededStatement(client, file, lines) {
  const query = `
    COPY (
      SELECT transaction_ref, order_ref,
             (amount / 100) || '.' || lpad((amount % 100)::text, 2, '0') AS amount,
             (fee / 100) || '.' || lpad((fee % 100)::text, 2, '0') AS fee,
             to_char(settled_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI:SS') AS settled_at
        FROM ${STATEMENT_TABLE} WHERE line_no <= ${Number(lines)} ORDER BY line_no
    ) TO STDOUT WITH (FORMAT csv, HEADER)`;
  await pipeline(client.query(copyTo(query)), fs.createWriteStream(file));
  const {
    rows: [counts],
  } = await client.query(
    `SELECT count(*) FILTER (WHERE kind = 'exact')::int AS matched,
            count(*) FILTER (WHERE kind = 'difference')::int AS "amountDifferences",
            count(*) FILTER (WHERE kind IN ('unknown', 'second-charge'))::int AS unmatched
       FROM ${STATEMENT_TABLE} WHERE line_no <= $1`,
    [lines],
  );
  return counts;
}

/**
 * Without a seeded statement (an older seed): `lines` lines from the unclaimed payments by order id, settled
 * on the day they were paid, with the MIX of differences and unknown references. Returns the expected counts.
 */
async function writeStatementFromPayments(client, file, lines) {
  const query = `
    COPY (
      SELECT '${REF_PREFIX}' || k AS transaction_ref,
             CASE WHEN k % ${MIX.every} = ${MIX.unknownAt} THEN 'SO-UNKNOWN-' || k ELSE order_number END AS order_ref,
             (charged / 100) || '.' || lpad((charged % 100)::text, 2, '0') AS amount,
             (round(charged * 0.006)::bigint / 100) || '.' || lpad((round(charged * 0.006)::bigint % 100)::text, 2, '0') AS fee,
             to_char(paid_on + make_interval(secs => 3600 + (k * 37) % 72000), 'YYYY-MM-DD HH24:MI:SS') AS settled_at
        FROM (SELECT row_number() OVER (ORDER BY order_id) AS k, order_number, paid_on, amount
                FROM (SELECT order_id, order_number, paid_on, amount FROM provider_payment
                       WHERE statement_line_id IS NULL ORDER BY order_id LIMIT ${Number(lines)}) chosen) s
       CROSS JOIN LATERAL (SELECT amount + CASE WHEN k % ${MIX.every} = ${MIX.differenceAt}
                                                THEN ${MIX.differenceFen} ELSE 0 END AS charged) c
       ORDER BY k
    ) TO STDOUT WITH (FORMAT csv, HEADER)`;
  await pipeline(client.query(copyTo(query)), fs.createWriteStream(file));
  const every = (at) => Math.floor(lines / MIX.every) + (at > 0 && lines % MIX.every >= at ? 1 : 0);
  const unknown = every(MIX.unknownAt);
  const differences = every(MIX.differenceAt);
  return { matched: lines - unknown - differences, amountDifferences: differences, unmatched: unknown };
}

/** POST multipart/form-data with the file streamed from disk; no client-side timeout (a big import is slow). */
function uploadStatement(baseUrl, token, file) {
  const boundary = `----zhanggui-bench-${Date.now().toString(16)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="statement.csv"\r\n` +
      `Content-Type: text/csv\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const length = head.length + fs.statSync(file).size + tail.length;
  const url = new URL('/api/v1/website-reconciliation/statements', baseUrl);
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': length,
        },
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => {
          let json;
          try {
            json = JSON.parse(body);
          } catch {
            json = { raw: body.slice(0, 500) };
          }
          resolve({ status: response.statusCode, body: json });
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.write(head);
    const stream = fs.createReadStream(file);
    stream.on('error', reject);
    stream.on('end', () => request.end(tail));
    stream.pipe(request, { end: false });
  });
}

export async function api(baseUrl, token, method, route, body) {
  const response = await fetch(`${baseUrl}${route}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** Signs in as the bench's finance user (role finance, company-wide), creating it through the API once. */
export async function financeToken(client, baseUrl, adminToken) {
  const login = () =>
    api(baseUrl, undefined, 'POST', '/api/v1/auth/login', {
      username: FINANCE_USER,
      password: FINANCE_PASSWORD,
    });
  let signed = await login();
  if (signed.status === 200 || signed.status === 201) return signed.body.accessToken;
  const created = await api(baseUrl, adminToken, 'POST', '/api/v1/users', {
    username: FINANCE_USER,
    displayName: '压测财务',
    password: FINANCE_PASSWORD,
    roles: [{ role: 'finance', orgUnitId: null }],
  });
  if (created.status === 409) {
    // Exists with another password (BENCH_FINANCE_PASSWORD changed): set ours.
    const { rows } = await client.query(`SELECT id FROM user_account WHERE username = $1`, [FINANCE_USER]);
    const reset = await api(baseUrl, adminToken, 'POST', `/api/v1/users/${rows[0].id}/password`, {
      password: FINANCE_PASSWORD,
    });
    if (reset.status !== 204) throw new Error(`Resetting ${FINANCE_USER}: HTTP ${reset.status}`);
  } else if (created.status !== 201) {
    throw new Error(`Creating ${FINANCE_USER}: HTTP ${created.status} ${JSON.stringify(created.body)}`);
  }
  signed = await login();
  if (signed.status !== 200 && signed.status !== 201)
    throw new Error(`Signing in as ${FINANCE_USER}: HTTP ${signed.status} ${JSON.stringify(signed.body)}`);
  return signed.body.accessToken;
}

/** Sums the API's day summaries (GET days/:day) over the days an import touched. */
async function daySummaries(baseUrl, token, days) {
  const total = { days: days.length, lines: 0, matched: 0, amountDifferences: 0, unmatched: 0, unsettled: 0 };
  for (let i = 0; i < days.length; i += 8) {
    const answers = await Promise.all(
      days
        .slice(i, i + 8)
        .map((day) => api(baseUrl, token, 'GET', `/api/v1/website-reconciliation/days/${day}`)),
    );
    for (const { status, body } of answers) {
      if (status !== 200) throw new Error(`Day summary: HTTP ${status} ${JSON.stringify(body)}`);
      total.lines += body.lines;
      total.matched += body.matched;
      total.amountDifferences += body.amountDifferences;
      total.unmatched += body.unmatched;
      total.unsettled += body.unsettledPayments;
    }
  }
  return total;
}

/**
 * Runs the reconciliation benchmark against the API at `baseUrl`: `{ available, runs: [...], ratio, ... }`.
 * `lines` is the large statement (the 1,000,000); the small one is a tenth of it.
 */
export async function benchReconciliation({ client, baseUrl, adminToken, lines = 1_000_000, log }) {
  const backfilled = await backfillProviderPayments(client);
  const leftovers = await undoImports(client, `transaction_ref LIKE $1`, [`${REF_PREFIX}%`]);
  const seeded = (await client.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [STATEMENT_TABLE]))
    .rows[0].present;
  const available = seeded
    ? (await client.query(`SELECT count(*)::int AS n FROM ${STATEMENT_TABLE}`)).rows[0].n
    : (await client.query(`SELECT count(*)::int AS n FROM provider_payment WHERE statement_line_id IS NULL`))
        .rows[0].n;
  const writeStatement = seeded ? writeSeededStatement : writeStatementFromPayments;
  const large = Math.min(lines, available);
  const sizes = [Math.max(1, Math.round(large / 10)), large];
  const note =
    large < lines
      ? `scaled down: the seed has ${available.toLocaleString('en')} ${seeded ? 'statement lines' : 'prepaid payments (no seeded statement)'}, so ${large.toLocaleString('en')} lines instead of ${lines.toLocaleString('en')} (and a tenth of it)`
      : undefined;
  if (note) log(`  reconciliation ${note}`);
  const token = await financeToken(client, baseUrl, adminToken);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanggui-bench-statement-'));
  const runs = [];
  try {
    for (const size of sizes) {
      const file = path.join(folder, `statement-${size}.csv`);
      const builtAt = Date.now();
      const expected = await writeStatement(client, file, size);
      const bytes = fs.statSync(file).size;
      const buildSeconds = (Date.now() - builtAt) / 1000;
      const started = process.hrtime.bigint();
      const { status, body } = await uploadStatement(baseUrl, token, file);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      fs.rmSync(file, { force: true });
      if (status !== 200) throw new Error(`Statement import: HTTP ${status} ${JSON.stringify(body)}`);
      const days = await daySummaries(baseUrl, token, body.days);
      const run = {
        lines: size,
        bytes,
        buildSeconds,
        seconds,
        linesPerSecond: size / seconds,
        serverSeconds: body.milliseconds / 1000,
        imported: {
          lines: body.lines,
          duplicates: body.duplicates,
          matched: body.matched,
          amountDifferences: body.amountDifferences,
          unmatched: body.unmatched,
        },
        expected,
        days,
        countsAsExpected:
          body.matched === expected.matched &&
          body.amountDifferences === expected.amountDifferences &&
          body.unmatched === expected.unmatched &&
          days.matched === expected.matched &&
          days.unmatched === expected.unmatched,
      };
      runs.push(run);
      log(
        `  reconciliation ${size.toLocaleString('en').padStart(9)} lines (${(bytes / 1048576).toFixed(1)} MB): ${seconds.toFixed(2)} s, ${run.linesPerSecond.toFixed(0)} lines/s (server ${run.serverSeconds.toFixed(2)} s); matched ${days.matched}, differences ${days.amountDifferences}, unmatched ${days.unmatched} over ${days.days} days${run.countsAsExpected ? '' : ' (NOT as expected)'}`,
      );
      await undoImports(client, `import_id = $1`, [body.importId]);
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
  const [small, big] = runs;
  // Seconds per line at the large size over seconds per line at the small one: 1.0 is exactly linear.
  const ratio = big.seconds / big.lines / (small.seconds / small.lines);
  log(`  reconciliation time per line, large ÷ small: ${ratio.toFixed(2)} (linear ≈ 1, goal ≤ 1.5)`);
  return {
    requested: lines,
    available,
    backfilledPayments: backfilled,
    undoneLeftoverImports: leftovers,
    note,
    mix: seeded
      ? `the seeded statement (bench_statement_line): one line per prepaid payment, every 50th of them ¥1 more than the order, and spread among them lines no payment explains (half for unknown orders, half second charges for an order already listed)`
      : `every ${MIX.every}th line an unknown order reference, every ${MIX.every}th (offset ${MIX.differenceAt}) ¥${MIX.differenceFen / 100} more than the payment, the rest exact`,
    runs,
    sizeRatio: big.lines / small.lines,
    timeRatio: big.seconds / small.seconds,
    ratio,
    met: ratio <= 1.5,
  };
}

/** The report's Markdown lines for the section. */
export function reconciliationMarkdown(r) {
  if (!r) return [];
  if (r.error) return ['', `Website reconciliation: failed: ${r.error}`];
  const lines = [
    '',
    '## Website reconciliation (settlement statement import and match)',
    '',
    r.note
      ? `Note: ${r.note}.`
      : `Statements of ${r.runs.map((x) => x.lines.toLocaleString('en')).join(' and ')} lines.`,
    `Mix: ${r.mix}. Timed from upload start to the API's answer (the import is synchronous).`,
    '',
    '| lines | MB | seconds | lines/s | server s | matched | amount differences | unmatched | days | as expected |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |',
  ];
  for (const x of r.runs)
    lines.push(
      `| ${x.lines.toLocaleString('en')} | ${(x.bytes / 1048576).toFixed(1)} | ${x.seconds.toFixed(2)} | ${x.linesPerSecond.toFixed(0)} | ${x.serverSeconds.toFixed(2)} | ${x.days.matched.toLocaleString('en')} | ${x.days.amountDifferences.toLocaleString('en')} | ${x.days.unmatched.toLocaleString('en')} | ${x.days.days} | ${x.countsAsExpected ? 'yes' : 'NO'} |`,
    );
  lines.push(
    '',
    `${r.sizeRatio.toFixed(1)}× the lines took ${r.timeRatio.toFixed(2)}× the time: time per line, large ÷ small = ${r.ratio.toFixed(2)} (linear ≈ 1; goal ≤ 1.5): ${r.met ? 'met' : 'NOT met'}.`,
  );
  return lines;
}
