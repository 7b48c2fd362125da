// The pgbench yardstick for order placement (issue 11: the API's placement ≥ 25% of the same transaction's rate
// in pgbench). Two scripts, both reported: place-order-as-api.sql is the API's placement transaction statement
// for statement (the goal's yardstick); place-order.sql is the earlier write-only one (no reads, one audit row,
// no job rows), kept so runs stay comparable with the ones before it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { root } from './build-api.mjs';

const SCRIPTS = {
  asApi: 'bench/pgbench/place-order-as-api.sql',
  writesOnly: 'bench/pgbench/place-order.sql',
};

/** What the scripts pick from: buyers with a default address served by a warehouse, and SKUs with stock. */
async function makePickTables(db) {
  await db.query(`DROP TABLE IF EXISTS bench_pick`);
  await db.query(`DROP TABLE IF EXISTS bench_cart`);
  const buyers = `SELECT row_number() OVER (ORDER BY c.id) AS n, c.id AS customer_id, a.id AS address_id, a.province_code,
           a.city_code, a.district_code, a.detail, a.recipient_name, a.recipient_phone, t.org_unit_id AS territory_id,
           w.id AS warehouse_id
      FROM customer c JOIN customer_address a ON a.customer_id = c.id AND a.is_default
      JOIN territory_city t ON t.city_code = a.city_code JOIN warehouse w ON w.region_id = t.org_unit_id`;
  const admin = `(SELECT id FROM user_account WHERE username = 'admin')`;
  await db.query(
    `CREATE TABLE bench_pick AS
     WITH buyers AS (${buyers}),
          skus AS (SELECT row_number() OVER (ORDER BY id) AS n, id AS sku_id FROM sku WHERE code LIKE 'BX-%')
     SELECT g.n, b.customer_id, b.address_id, b.territory_id, b.warehouse_id, s.sku_id, ${admin} AS admin_id
       FROM generate_series(1, 1000) g(n) JOIN buyers b ON b.n = 1 + (g.n - 1) % (SELECT count(*) FROM buyers) JOIN skus s ON s.n = 1 + (g.n - 1) % (SELECT count(*) FROM skus)`,
  );
  await db.query(`CREATE UNIQUE INDEX ON bench_pick (n)`);
  // Three different SKUs per cart (neighbours in id order), each with its product and category for the reads.
  await db.query(
    `CREATE TABLE bench_cart AS
     WITH buyers AS (${buyers}),
          skus AS (SELECT row_number() OVER (ORDER BY s.id) AS n, s.id AS sku_id, s.product_id, p.category_id
                     FROM sku s JOIN product p ON p.id = s.product_id WHERE s.code LIKE 'BX-%' AND p.category_id IS NOT NULL),
          sizes AS (SELECT (SELECT count(*) FROM buyers) AS buyers, (SELECT count(*) FROM skus) AS skus)
     SELECT g.n, b.customer_id, b.address_id, b.province_code, b.city_code, b.district_code, b.detail, b.recipient_name,
            b.recipient_phone, b.territory_id, b.warehouse_id, ${admin} AS admin_id,
            s1.sku_id AS sku1, s1.product_id AS product1, s1.category_id AS category1,
            s2.sku_id AS sku2, s2.product_id AS product2, s2.category_id AS category2,
            s3.sku_id AS sku3, s3.product_id AS product3, s3.category_id AS category3
       FROM generate_series(1, 1000) g(n) CROSS JOIN sizes z
       JOIN buyers b ON b.n = 1 + (g.n - 1) % z.buyers
       JOIN skus s1 ON s1.n = 1 + (3 * g.n) % z.skus
       JOIN skus s2 ON s2.n = 1 + (3 * g.n + 1) % z.skus
       JOIN skus s3 ON s3.n = 1 + (3 * g.n + 2) % z.skus`,
  );
  await db.query(`CREATE UNIQUE INDEX ON bench_cart (n)`);
  // The day's number sequence of the pgbench prefix, as the API's first order of a day makes its own.
  await db.query(
    `DO $$ BEGIN EXECUTE format('CREATE SEQUENCE IF NOT EXISTS document_number_pb_%s', to_char((now() AT TIME ZONE 'Asia/Shanghai')::date, 'YYYYMMDD')); END $$`,
  );
}

function runScript(binary, url, script, seconds) {
  const run = spawnSync(
    binary,
    ['-n', '-c', '10', '-j', '2', '-T', String(seconds), '-f', path.join(root, script), url],
    { encoding: 'utf8' },
  );
  // A client stops at its first error: the run's tps then counts only what came before (not a rate).
  const aborted = /Run was aborted/.test(run.stderr);
  return {
    script,
    aborted,
    tps: aborted ? NaN : Number(/tps = ([\d.]+)/.exec(run.stdout)?.[1]),
    failed: Number(/number of failed transactions: (\d+)/.exec(run.stdout)?.[1] ?? 0),
    output: run.stdout.split('\n').slice(-12).join('\n') + run.stderr.slice(-500),
  };
}

/**
 * The statements of a pgbench script between BEGIN and COMMIT (each ends with `;` or a `\gset`). The API's
 * trace of a placement holds these plus BEGIN, COMMIT and the two statements before the transaction: when the
 * counts differ, placement's SQL changed and the script must follow it.
 */
function statementsOf(script) {
  const lines = fs.readFileSync(path.join(root, script), 'utf8').split('\n');
  return lines.filter((line) => /;$|\\gset/.test(line) && !/^(BEGIN|COMMIT);$/.test(line)).length;
}

/**
 * Runs both scripts (10 clients, `seconds` each) and compares the API's placement rate with them. `apiStatements`
 * is how many statements the API's traced placement ran, to check the as-API script still matches it.
 */
export async function benchPgbench(db, url, { placement, apiStatements, seconds }) {
  const binary = ['/usr/lib/postgresql/15/bin/pgbench', 'pgbench'].find(
    (b) => spawnSync(b, ['--version']).status === 0,
  );
  if (!binary)
    return {
      available: false,
      note: 'no pgbench binary on this machine (Debian: apt-get install postgresql-client)',
    };
  await makePickTables(db);
  const asApi = runScript(binary, url, SCRIPTS.asApi, seconds);
  const writesOnly = runScript(binary, url, SCRIPTS.writesOnly, seconds);
  await db.query(`DROP TABLE bench_pick`);
  await db.query(`DROP TABLE bench_cart`);
  const ratio = (run) => (placement && Number.isFinite(run.tps) ? placement.apiRps / run.tps : undefined);
  return {
    available: true,
    binary,
    tps: asApi.tps,
    scriptStatements: statementsOf(SCRIPTS.asApi),
    apiStatementsInTransaction: apiStatements === undefined ? undefined : apiStatements - 4,
    failed: asApi.failed,
    apiRatio: ratio(asApi),
    met: placement && !asApi.aborted ? ratio(asApi) >= 0.25 : undefined,
    asApi,
    writesOnly: { ...writesOnly, apiRatio: ratio(writesOnly) },
  };
}

export function pgbenchMarkdown(r) {
  if (!r.available) return [`pgbench: ${r.note}`];
  const percent = (x) => `${((x ?? 0) * 100).toFixed(0)}%`;
  const drift =
    r.apiStatementsInTransaction !== undefined && r.apiStatementsInTransaction !== r.scriptStatements
      ? [
          `**The as-API script has ${r.scriptStatements} statements, the API's placement transaction ${r.apiStatementsInTransaction}: update ${r.asApi.script}.**`,
        ]
      : [];
  const aborted = [r.asApi, r.writesOnly]
    .filter((run) => run.aborted)
    .map((run) => `**pgbench aborted ${run.script}** (a statement failed; see the JSON's output).`);
  return [
    ...drift,
    ...aborted,
    `pgbench, the API's placement transaction statement for statement (${r.asApi.script}): ${r.tps?.toFixed(0)} tps (${r.failed} failed); API placement = ${percent(r.apiRatio)} of it (goal ≥ 25%: ${r.met ? 'met' : 'NOT met'}).`,
    `pgbench, writes only (${r.writesOnly.script}): ${r.writesOnly.tps?.toFixed(0)} tps (${r.writesOnly.failed} failed); API placement = ${percent(r.writesOnly.apiRatio)} of it.`,
  ];
}
