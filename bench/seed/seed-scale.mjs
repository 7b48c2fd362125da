#!/usr/bin/env node
// `npm run seed:scale -- --orders N [--seed S] [--until ISO-instant] [--fresh] [--only employees,payment-statement]`:
// a deterministic, realistic data set for benchmarks. --only adds the named stages to an already seeded database
// (same --orders and --seed; the org tree is read again), so a 1M-order set need not be rebuilt for a new stage.
// Into DATABASE_URL when set, else into an embedded PostgreSQL with its data in bench/.data (BENCH_DATA_DIR).
// The schema and the demo company (org tree, territories, warehouses, the administrator) come from the API
// itself: it is built and started once against the database (migrations + demo data), then stopped; the
// stages in stages/index.mjs add the bulk rows with COPY, each stage in its own transaction.
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { buildApi, builtApiDir } from '../lib/build-api.mjs';
import { benchDataDir, openDatabase, startApi } from '../lib/database.mjs';
import { loader } from './copy.mjs';
import { createRandom } from './prng.mjs';
import { createProgress } from './progress.mjs';
import { sizesFor } from './sizes.mjs';
import { stages } from './stages/index.mjs';

const { values: args } = parseArgs({
  options: {
    orders: { type: 'string', default: '20000' },
    seed: { type: 'string', default: 'zhanggui' },
    fresh: { type: 'boolean', default: false },
    // The instant the data set ends at; with the same --seed and --orders it makes the data identical, ids too.
    until: { type: 'string' },
    only: { type: 'string' },
  },
});
const orders = Number(args.orders);
if (!Number.isInteger(orders) || orders < 100) throw new Error('--orders must be a whole number ≥ 100');
const sizes = sizesFor(orders);
const slug = (name) => name.replace(/\s+/g, '-');
const only = args.only?.split(',').map((name) => name.trim());
const unknownStage = only?.find((name) => !stages.some((stage) => slug(stage.name) === name));
if (unknownStage)
  throw new Error(`--only: no stage "${unknownStage}" (${stages.map((s) => slug(s.name)).join(', ')})`);
// The org tree stage only reads the demo company: the others need what it finds.
const chosen = only
  ? stages.filter((stage, index) => index === 0 || only.includes(slug(stage.name)))
  : stages;
const progress = createProgress();
const log = (line) => process.stderr.write(`${line}\n`);

log(`Seeding ${orders.toLocaleString('en')} orders (seed "${args.seed}", loading by ${loader}):`);
for (const stage of chosen) log(`  - ${stage.name}: ${stage.describe(sizes)}`);
await buildApi({ log });
const database = await openDatabase({
  fresh: !only && (args.fresh || !process.env.DATABASE_URL),
  log: () => undefined,
});
log(
  database.embedded
    ? `Embedded PostgreSQL in bench/.data${only ? '' : ' (fresh)'}`
    : 'Database: DATABASE_URL',
);
try {
  const api = await startApi({
    url: database.url,
    port: 3950,
    env: { DEMO_DATA: 'true', JOBS_WORKERS: 'false' },
  });
  await api.stop();
  log('Schema migrated and demo company loaded by the API');

  const client = new pg.Client({ connectionString: database.url, application_name: 'zhanggui-seed' });
  await client.connect();
  await client.query(`SET synchronous_commit = off`);
  const {
    rows: [{ count }],
  } = await client.query(
    `SELECT count(*)::int AS count FROM sales_order WHERE number LIKE 'SO-%' AND id IN (SELECT order_id FROM sales_order_line WHERE sku_code LIKE 'BX-%' LIMIT 1)`,
  );
  if (count > 0 && !only)
    throw new Error('This database already holds seeded data: use --fresh (embedded) or an empty database');
  const require = createRequire(import.meta.url);
  const ctx = {
    client,
    sizes,
    state: {},
    progress,
    now: args.until ? Date.parse(args.until) : new Date().setUTCHours(0, 0, 0, 0),
    built: (file) => require(path.join(builtApiDir, file)),
  };
  if (Number.isNaN(ctx.now)) throw new Error('--until must be an ISO date-time such as 2026-11-28T00:00:00Z');
  for (const stage of chosen) {
    // Seeded by the stage's place in the full list, so --only gives the rows a full run would.
    ctx.random = createRandom(`${args.seed}/${stage.name}/${stages.indexOf(stage)}`);
    await client.query('BEGIN');
    try {
      await stage.run(ctx);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  }
  progress.start('analyze', 1, 'step');
  await client.query('ANALYZE');
  progress.finish('planner statistics');
  await client.end();
  log(
    `Done in ${progress.fmt(progress.total())}.${database.embedded ? ` Data in ${path.relative(process.cwd(), benchDataDir)}; run \`npm run bench\`.` : ''}`,
  );
  process.stdout.write(`${JSON.stringify({ orders, seed: args.seed, sizes, seconds: progress.total() })}\n`);
} finally {
  await database.stop();
}
