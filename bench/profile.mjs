#!/usr/bin/env node
// `node bench/profile.mjs [--op "product by id"] [--seconds 5]`: loads one measured operation against the built
// API with the V8 profiler on, writes bench/results/<op>-<timestamp>.cpuprofile (a flame graph in Chrome
// DevTools or speedscope) and prints where the time went, by package and by function (self time).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { buildApi, root } from './lib/build-api.mjs';
import { BENCH_ADMIN_PASSWORD, openDatabase, startApi } from './lib/database.mjs';
import { prepareFixtures } from './lib/fixtures.mjs';
import { operations } from './operations.mjs';

const { values: args } = parseArgs({
  options: { op: { type: 'string', default: 'product by id' }, seconds: { type: 'string', default: '5' } },
});
await buildApi();
const database = await openDatabase();
const client = new pg.Client(database.url);
await client.connect();
const fixtures = await prepareFixtures(client, { topUp: 0 });
await client.end();
const op = operations(fixtures).find((o) => o.name === args.op);
if (!op) throw new Error(`No operation named ${args.op} (see bench/operations.mjs)`);
const file = path.join(root, 'bench/results', `${op.name.replace(/\W+/g, '-')}-${Date.now()}.cpuprofile`);
fs.mkdirSync(path.dirname(file), { recursive: true });
const api = await startApi({
  url: database.url,
  port: 3981,
  nodeArgs: ['--require', path.join(root, 'bench/lib/profiler.cjs')],
  env: { BENCH_CPU_PROFILE: file, JOBS_WORKERS: 'false' },
});
try {
  const login = await fetch(`${api.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: BENCH_ADMIN_PASSWORD }),
  }).then((r) => r.json());
  const spec = {
    baseUrl: api.baseUrl,
    token: login.accessToken,
    paths: op.paths,
    orders: op.orders,
    connections: 10,
  };
  const load = (seconds) =>
    execFileSync(
      process.execPath,
      [path.join(root, 'bench/lib/load.mjs'), JSON.stringify({ ...spec, seconds })],
      {
        encoding: 'utf8',
      },
    );
  load(1);
  process.kill(api.pid, 'SIGUSR2');
  const result = JSON.parse(load(Number(args.seconds)));
  process.kill(api.pid, 'SIGUSR2');
  for (let i = 0; i < 50 && !fs.existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
  process.stdout.write(`${op.name}: ${result.requests} requests, ${result.rps.toFixed(0)} req/s\n`);
  summarise(JSON.parse(fs.readFileSync(file, 'utf8')), result.requests);
  process.stdout.write(`Profile: ${path.relative(root, file)}\n`);
} finally {
  await api.stop();
  await database.stop();
}

function summarise(profile, requests) {
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + profile.timeDeltas[i]));
  const byPackage = new Map();
  const byFunction = new Map();
  let busy = 0;
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    const { url, functionName, lineNumber } = node.callFrame;
    if (functionName === '(idle)') continue;
    busy += us;
    const pkg = url.includes('node_modules/')
      ? url
          .split('node_modules/')
          .pop()
          .split('/')
          .slice(0, url.split('node_modules/').pop().startsWith('@') ? 2 : 1)
          .join('/')
      : url.includes('/dist/bench-api/')
        ? url.split('/dist/bench-api/')[1].split('/').slice(0, 3).join('/')
        : url || functionName;
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
    const fn = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  }
  const top = (map, n) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(
        ([k, us]) =>
          `  ${((us / busy) * 100).toFixed(1).padStart(5)}%  ${(us / 1000 / requests).toFixed(3)} ms/req  ${k}`,
      )
      .join('\n');
  process.stdout.write(
    `Busy ${(busy / 1000 / requests).toFixed(2)} ms of CPU per request. By package:\n${top(byPackage, 20)}\nBy function (self time):\n${top(byFunction, 25)}\n`,
  );
}
