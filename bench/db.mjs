#!/usr/bin/env node
// `node bench/db.mjs`: starts the benchmark's embedded PostgreSQL (bench/.data), prints its URL for psql,
// EXPLAIN ANALYZE or pgbench, and keeps it up until Ctrl-C / SIGTERM.
import { openDatabase } from './lib/database.mjs';

const db = await openDatabase();
process.stdout.write(`${db.url}\n`);
const stop = async () => {
  await db.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => undefined, 1 << 30);
