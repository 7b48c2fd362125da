import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Pool } from 'pg';
import {
  createOrderingCustomer,
  orderBody,
  OrderWorld,
  sellableSku,
  stockUp,
} from '@zhanggui/api-orders/testing';
import { EmbeddedPostgres } from '@zhanggui/api-platform';
import { SOAK, soakScale, SOAK_TIMEOUT_MS } from './soak';
import { ApiProcess, freePort, killAllApiProcesses, startApiProcess } from './support/api-process';
import { buildApiFor } from './support/built-api';
import {
  countOf,
  orphanReservations,
  outboxFates,
  Sql,
  stockFigures,
  stockLedgerMismatches,
  trialBalance,
} from './support/invariants';
import { runOrderLoad, settleUnanswered } from './support/order-load';
import { createRemoteOrderWorld } from './support/remote-order-world';
import { Tally } from './support/tally';
import { eventually } from './support/webhook-receiver';

/**
 * Issue 12, faults: PostgreSQL stopped and started again under an order load. The shared test server serves
 * every other file, so this file runs a PostgreSQL cluster of its own (the embedded one `npm start` uses, with
 * its usual durable settings) on a port it fixes beforehand, so the restarted server is where the API expects.
 * The API (compiled, in its own process) migrates that database at its first start, as in production.
 */
describe('reliability: the database restarted under load', () => {
  let dataDir: string;
  let server: EmbeddedPostgres;
  let pool: Pool;
  let sql: Sql;
  const ordersPlaced = () => countOf(sql, `SELECT count(*)::int AS n FROM sales_order`);
  let main: string;
  let removeBuild: () => void;
  let api: ApiProcess;
  let w: OrderWorld;
  let sku: string;
  let body: () => unknown;
  const STOCK = 100_000;
  const tally = new Tally(`faults-database${SOAK ? ' (soak)' : ''}`);

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanggui-fault-db-'));
    fs.chmodSync(dataDir, 0o755);
    // The cluster keeps the port its credentials file names (when free): the restart comes back on it.
    fs.writeFileSync(
      path.join(dataDir, 'postgres.json'),
      JSON.stringify({
        user: 'zhanggui',
        password: randomBytes(18).toString('base64url'),
        port: await freePort(),
      }),
    );
    const [build, started] = await Promise.all([
      buildApiFor('faults-db'),
      EmbeddedPostgres.start({ dataDir }),
    ]);
    ({ main, remove: removeBuild } = build);
    server = started;
    api = await startApiProcess({ main, databaseUrl: server.url(), timeoutMs: 120_000 });
    w = await createRemoteOrderWorld(api.baseUrl);
    sku = await sellableSku(w, 700);
    await stockUp(w, sku, w.warehouses.prd, STOCK);
    const customerId = await createOrderingCustomer(w);
    body = () => orderBody(customerId, [{ skuId: sku, quantity: 1 }]);
    pool = new Pool({ connectionString: server.url(), max: 2 });
    // The checks' own connections die with the server too; a dead one is dropped, not fatal.
    pool.on('error', () => undefined);
    sql = async (text, params) => (await pool.query(text, params)).rows;
  }, 240_000);

  afterAll(async () => {
    killAllApiProcesses();
    tally.print();
    await pool?.end().catch(() => undefined);
    await server?.stop().catch(() => undefined);
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    removeBuild?.();
  });

  const seen: number[] = [];
  const ready = async () => {
    // A probe as a load balancer sends it: a short timeout, so one slow answer does not use up the wait.
    const status = await fetch(`${api.baseUrl}/health/ready`, { signal: AbortSignal.timeout(3_000) }).then(
      (response) => response.status,
      (error: Error) => (error.name === 'TimeoutError' ? -1 : 0),
    );
    seen.push(status);
    return status;
  };
  /** Waits as `eventually` does; a timeout says what readiness answered and what the API printed. */
  const readyBecomes = async (status: number, what: string, timeoutMs: number) => {
    seen.length = 0;
    try {
      await eventually(async () => (await ready()) === status, what, timeoutMs);
    } catch (error) {
      const answers = [...new Set(seen)].join(', ');
      throw new Error(
        `${(error as Error).message}; readiness answered ${answers}; API ${api.exitStatus()}, output:\n${api.output().slice(-4000)}`,
      );
    }
  };

  it(
    'reports not-ready while PostgreSQL is down, recovers by itself when it is back, and loses nothing',
    async () => {
      const restarts = soakScale(1, 3);
      let stopped = false;
      const load = runOrderLoad({
        baseUrl: () => api.baseUrl,
        website: w.website,
        body,
        lanes: 6,
        stopped: () => stopped,
        prefix: 'db-restart',
        tally,
      });
      for (let round = 1; round <= restarts; round++) {
        await eventually(async () => (await ordersPlaced()) >= round * 10, 'orders to flow');
        await server.stop();
        tally.faults++;
        // Readiness turns 503 within its own 2 s database check, so a balancer stops sending.
        await readyBecomes(503, 'readiness to report the database down', 15_000);
        tally.check();
        await new Promise((resolve) => setTimeout(resolve, soakScale(1_000, 5_000)));
        expect(await ready()).toBe(503);
        await server.start();
        // Nobody restarts the API: its pools reconnect on their own.
        await readyBecomes(200, 'the API to recover', 30_000);
        tally.check();
      }
      // Orders flow again after the last restart before the load stops.
      const atRecovery = await ordersPlaced();
      await eventually(
        async () => (await ordersPlaced()) >= atRecovery + 10,
        'orders to flow after the restart',
      );
      stopped = true;
      const result = await load;
      const settled = await settleUnanswered(result, {
        baseUrl: api.baseUrl,
        website: w.website,
        body,
        tally,
      });
      tally.add('replayedAfterOutage', settled.replayed);
      tally.add('placedOnRetry', settled.placedNow);

      // During the outage the API answered 503 problem+json (retry), never a 500 nor a wrong answer.
      expect(result.refused.map((r) => `${r.status} ${r.body.code}`)).toEqual([]);
      const acknowledged = [...result.acknowledged.values()];
      tally.add('acknowledged', acknowledged.length);
      const rows = await sql(`SELECT id FROM sales_order WHERE id = ANY($1::uuid[])`, [acknowledged]);
      expect(rows).toHaveLength(acknowledged.length);
      tally.lost += acknowledged.length - rows.length;
      const total = await ordersPlaced();
      expect(total).toBe(result.acknowledged.size);
      expect(await stockLedgerMismatches(sql)).toBe(0);
      const figures = await stockFigures(sql, sku, w.warehouses.prd);
      expect(figures).toMatchObject({ onHand: STOCK, reserved: acknowledged.length });
      expect(figures.lowestAvailable).toBeGreaterThanOrEqual(0);
      expect(await orphanReservations(sql)).toBe(0);
      expect(await trialBalance(sql)).toEqual({ difference: 0, unbalancedEntries: 0 });
      // The job workers came back too: the outbox keeps draining (at pg-boss's pace), and nothing is lost.
      const before = await outboxFates(sql, 'OrderPlaced');
      expect(before.lost).toBe(0);
      expect(before.events).toBe(acknowledged.length);
      const after = await eventually(async () => {
        const f = await outboxFates(sql, 'OrderPlaced');
        return (f.done >= before.done + 3 || f.queued === 0) && f;
      }, 'the job workers to deliver events after the restart');
      expect(after.lost).toBe(0);
      tally.add('eventsDone', after.done);
      tally.add('eventsQueued', after.queued);
      tally.invariants += 9;
      await api.stop();
    },
    SOAK_TIMEOUT_MS,
  );
});
