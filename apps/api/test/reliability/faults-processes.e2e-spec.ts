import { Pool } from 'pg';
import {
  createOrderingCustomer,
  createOrderWorld,
  orderBody,
  OrderWorld,
  sellableSku,
  stockUp,
} from '@zhanggui/api-orders/testing';
import { SOAK, soakScale, SOAK_TIMEOUT_MS } from './soak';
import { ApiProcess, killAllApiProcesses, startApiProcess } from './support/api-process';
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
import { OrderLoad, placeOrder, runOrderLoad, settleUnanswered } from './support/order-load';
import { inParallel, Tally, untilAnswered } from './support/tally';
import { eventually, startWebhookReceiver } from './support/webhook-receiver';

/**
 * Issue 12, faults: the compiled API in real processes (as `npm start` runs it) on this file's database —
 * killed with SIGKILL in the middle of an order load and restarted, and run twice side by side.
 * The world (users, SKU, stock, the website's key, a partner's webhook) is made in-process first, then that
 * app is closed so only the spawned processes work on the database.
 */
describe('reliability: API processes killed and doubled', () => {
  let w: OrderWorld;
  let pool: Pool;
  let sql: Sql;
  const ordersPlaced = () => countOf(sql, `SELECT count(*)::int AS n FROM sales_order`);
  let main: string;
  let removeBuild: () => void;
  let sku: string;
  let customerId: string;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  const tally = new Tally(`faults-processes${SOAK ? ' (soak)' : ''}`);
  const STOCK = 1_000_000;
  /** pg-boss works one job per poll per queue: a soak's thousands of events take minutes to go out. */
  const DRAIN_MS = soakScale(60_000, 20 * 60_000);
  let body: () => unknown;
  /** The process the crash test restarted: the first of the two in the next test. */
  let survivor: ApiProcess | undefined;

  beforeAll(async () => {
    const [build, world, hooks] = await Promise.all([
      buildApiFor('faults'),
      createOrderWorld(),
      startWebhookReceiver(),
    ]);
    ({ main, remove: removeBuild } = build);
    w = world;
    receiver = hooks;
    sku = await sellableSku(w, 500);
    await stockUp(w, sku, w.warehouses.prd, STOCK);
    customerId = await createOrderingCustomer(w);
    body = () => orderBody(customerId, [{ skuId: sku, quantity: 1 }]);
    const subscription = await w.t
      .http(w.admin.auth)
      .post('/api/v1/webhook-subscriptions')
      .send({ name: '可靠性测试伙伴', url: receiver.url, eventTypes: ['OrderPlaced'] })
      .expect(201);
    receiver.secret = subscription.body.signingSecret;
    await w.t.app.close();
    pool = new Pool({ connectionString: w.t.database.url, max: 2 });
    sql = async (text, params) => (await pool.query(text, params)).rows;
  }, 180_000);

  afterAll(async () => {
    killAllApiProcesses();
    tally.print();
    await pool?.end();
    await receiver?.close();
    await w?.t.database.drop();
    removeBuild?.();
  });

  /** The invariants that must hold after any fault: each counted, each must be zero. */
  async function expectNothingBroken() {
    expect(await stockLedgerMismatches(sql)).toBe(0);
    const figures = await stockFigures(sql, sku, w.warehouses.prd);
    expect(figures.onHand).toBe(STOCK);
    expect(figures.lowestAvailable).toBeGreaterThanOrEqual(0);
    expect(await orphanReservations(sql)).toBe(0);
    expect(await trialBalance(sql)).toEqual({ difference: 0, unbalancedEntries: 0 });
    const fates = await outboxFates(sql, 'OrderPlaced');
    expect(fates.lost).toBe(0);
    tally.invariants += 6;
    return fates;
  }

  it(
    'loses no acknowledged order to kill -9 under load; the retries replay, the ledgers agree, no event is lost',
    async () => {
      const rounds = soakScale(1, 5);
      let api: ApiProcess = await startApiProcess({ main, databaseUrl: w.t.database.url });
      const port = api.port;
      let stopped = false;
      const load = await (async () => {
        let current: OrderLoad = { acknowledged: new Map(), unanswered: [], refused: [] };
        for (let round = 1; round <= rounds; round++) {
          stopped = false;
          const running = runOrderLoad({
            baseUrl: () => api.baseUrl,
            website: w.website,
            body,
            lanes: 8,
            stopped: () => stopped,
            prefix: `kill-${round}`,
            tally,
            load: current,
          });
          // Kill once orders are flowing: some answered, some mid-transaction, some not yet read.
          const flowing = soakScale(10, 50);
          await eventually(
            async () => (await ordersPlaced()) >= round * flowing,
            'orders to flow',
            // A process started on a machine busy with other test files can take a while to place its first.
            60_000,
          ).catch(async (error: Error) => {
            // Stop the lanes (they would go on loading the machine after this test) and say what they got.
            stopped = true;
            await running;
            const refused = current.refused.map((r) => `${r.status} ${String(r.body?.code ?? '')}`);
            throw new Error(
              `${error.message}: ${await ordersPlaced()} orders, ${current.acknowledged.size} acknowledged, ` +
                `${current.unanswered.length} unanswered, refused: ${JSON.stringify(refused.slice(0, 10))}`,
            );
          });
          await new Promise((resolve) => setTimeout(resolve, soakScale(300, 2_000)));
          await api.crash();
          tally.faults++;
          stopped = true;
          current = await running;
          api = await startApiProcess({ main, databaseUrl: w.t.database.url, port });
          const settled = await settleUnanswered(current, {
            baseUrl: api.baseUrl,
            website: w.website,
            body,
            tally,
          });
          tally.add('replayedAfterCrash', settled.replayed);
          tally.add('placedOnRetry', settled.placedNow);
        }
        return current;
      })();

      expect(load.refused.map((r) => r.status)).toEqual([]);
      const acknowledged = [...load.acknowledged.values()];
      tally.add('acknowledged', acknowledged.length);
      // Every order the client was told about exists, once; no order exists that no client was told about.
      const rows = await sql(`SELECT id::text AS id FROM sales_order WHERE id = ANY($1::uuid[])`, [
        acknowledged,
      ]);
      expect(rows).toHaveLength(new Set(acknowledged).size);
      expect(new Set(acknowledged).size).toBe(load.acknowledged.size);
      const total = await ordersPlaced();
      expect(total).toBe(load.acknowledged.size);
      tally.lost += load.acknowledged.size - rows.length;
      const figures = await stockFigures(sql, sku, w.warehouses.prd);
      expect(figures.reserved).toBe(load.acknowledged.size);
      tally.invariants += 4;
      await expectNothingBroken();

      // Every OrderPlaced reaches the partner, except any whose fan-out job the kill left running (pg-boss
      // expires and reruns those later): delivered or still to be delivered, none lost.
      const fates = await eventually(
        async () => {
          const f = await outboxFates(sql, 'OrderPlaced');
          return f.queued === 0 && f.done + f.running === f.events && f;
        },
        'the outbox to drain',
        DRAIN_MS,
      );
      // Each fanned-out event reaches the partner, or its delivery is provably still to come: an attempt failed
      // and is scheduled again (the loaded receiver answered late), or its job is in flight (the kill caught it;
      // pg-boss expires and reruns it). None failed for good, none missing.
      const deliveries = await eventually(
        async () => {
          const [d] = (await sql(
            `SELECT count(*) FILTER (WHERE d.status = 'retrying'
                                       OR EXISTS (SELECT 1 FROM pgboss.job j
                                                   WHERE j.name = 'webhooks.deliver' AND j.state = 'active'
                                                     AND j.data->>'deliveryId' = d.id::text))::int AS pending,
                    count(*) FILTER (WHERE d.status = 'failed')::int AS failed
               FROM webhook_delivery d JOIN outbox_event e ON e.id = d.event_id
              WHERE e.type = 'OrderPlaced' AND d.status <> 'succeeded'`,
          )) as Array<{ pending: number; failed: number }>;
          return receiver.countsByEvent().size + d.pending >= fates.done && d;
        },
        'the partner to receive every delivered event, or its delivery to be still to come',
        DRAIN_MS,
      );
      expect(deliveries.failed).toBe(0);
      tally.add('eventsDelivered', receiver.countsByEvent().size);
      tally.add('deliveriesStillPending', deliveries.pending);
      tally.add('eventsRunningAtCrash', fates.running);
      expect(receiver.badSignatures).toBe(0);
      tally.invariants += 2;
      survivor = api;
    },
    SOAK_TIMEOUT_MS,
  );

  it(
    'runs two processes on one database: one order per key sent to both at once, each webhook once',
    async () => {
      const [a, b] = await Promise.all([
        survivor ?? startApiProcess({ main, databaseUrl: w.t.database.url }),
        startApiProcess({ main, databaseUrl: w.t.database.url }),
      ]);
      const keys = soakScale(20, 300);
      const before = await ordersPlaced();
      const pairs = await inParallel(keys, 10, async (i) => {
        const key = `twin-${i}`;
        const send = (api: ApiProcess) =>
          untilAnswered(
            () => {
              tally.requests++;
              return placeOrder(api.baseUrl, w.website, key, body());
            },
            () => tally.add('retriedTwin'),
          );
        return Promise.all([send(a), send(b)]);
      });
      for (const [fromA, fromB] of pairs) {
        expect([fromA.status, fromB.status]).toEqual([201, 201]);
        expect(fromA.body.id).toBe(fromB.body.id);
      }
      const after = await ordersPlaced();
      expect(after - before).toBe(keys);
      tally.invariants += 2;

      // Jobs: each event's fan-out job completed once, and the partner got each event exactly once, though
      // both processes poll the same queues.
      const newEvents = await sql(
        `SELECT e.id::text AS id FROM outbox_event e WHERE e.type = 'OrderPlaced' AND e.payload->>'orderId' = ANY($1)`,
        [pairs.map(([fromA]) => String(fromA.body.id))],
      );
      expect(newEvents).toHaveLength(keys);
      await eventually(
        () => newEvents.every(({ id }) => receiver.countsByEvent().has(String(id))),
        'both processes to deliver the webhooks',
        DRAIN_MS,
      );
      // A little longer: a second delivery, if any, would arrive now.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const counts = receiver.countsByEvent();
      const twice = newEvents.filter(({ id }) => counts.get(String(id)) !== 1);
      expect(twice).toEqual([]);
      const [jobs] = await sql(
        `SELECT count(*)::int AS jobs, count(DISTINCT data->>'eventId')::int AS events
           FROM (SELECT data FROM pgboss.job WHERE name = 'event.WebhookFanout' AND state = 'completed'
                 UNION ALL SELECT data FROM pgboss.archive WHERE name = 'event.WebhookFanout' AND state = 'completed') j
          WHERE data->>'eventId' = ANY($1)`,
        [newEvents.map(({ id }) => String(id))],
      );
      expect(jobs).toEqual({ jobs: keys, events: keys });
      const [deliveries] = await sql(
        `SELECT count(*)::int AS n, max(attempts)::int AS attempts FROM webhook_delivery WHERE event_id = ANY($1::uuid[])`,
        [newEvents.map(({ id }) => String(id))],
      );
      expect(deliveries).toEqual({ n: keys, attempts: 1 });
      tally.invariants += 4;
      await expectNothingBroken();
      await Promise.all([a.stop(), b.stop()]);
    },
    SOAK_TIMEOUT_MS,
  );
});
