#!/usr/bin/env node
// The "how close to the metal" yardstick: plain Fastify + pg, no Nest, no ORM, executing the statements the
// API executes for the measured operations (captured from the API with bench/lib/sql-trace.cjs; the run
// writes both lists into its report). Differences, on purpose and listed in docs/performance.md: TypeORM's
// aliased column lists are `SELECT *` here; the bearer token is decoded, not verified; no validation pipe,
// no problem+json, no ETag, no audit diffing in JS; quotes have no promotions to apply (none are active in
// the seeded data, and the API's promotion query still runs here too).
// Usage: DATABASE_URL=… PORT=… node bench/baseline/server.mjs
import { createHash, randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import pg from 'pg';

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DB_POOL_SIZE ?? 10),
  application_name: 'zhanggui-baseline',
});
const app = Fastify({ logger: false });
// The outbox's delivery jobs go to pg-boss queues named `event.<Subscriber>`; any one of them will do.
const queues = (await pool.query(`SELECT name FROM pgboss.queue ORDER BY name`)).rows.map((r) => r.name);
const outboxQueue = queues.find((name) => name.startsWith('event.')) ?? queues[0];
// Sales order numbers come from a sequence per day (platform's GappedDocumentNumbers), which the API creates
// with the day's first order; the baseline makes sure today's exists before it serves, the same way.
const NUMBER_SQL = `SELECT d.day, CASE WHEN EXISTS (SELECT 1 FROM pg_class c WHERE c.relname = d.seq AND c.relkind = 'S' AND pg_table_is_visible(c.oid)) THEN nextval(d.seq::regclass) END AS value FROM (SELECT day, format('document_number_%s_%s', lower($2), day) AS seq FROM (SELECT to_char((now() AT TIME ZONE $1)::date, 'YYYYMMDD') AS day) t) d`;
{
  const {
    rows: [today],
  } = await pool.query(
    `SELECT to_char((now() AT TIME ZONE 'Asia/Shanghai')::date, 'YYYYMMDD') AS day, (SELECT last_value FROM document_sequence WHERE prefix = 'SO' AND day = (now() AT TIME ZONE 'Asia/Shanghai')::date) AS issued`,
  );
  await pool.query(
    `CREATE SEQUENCE IF NOT EXISTS document_number_so_${today.day} START WITH ${Number(today.issued ?? 0) + 1}`,
  );
}

const AUTH_SQL = `SELECT u.id, u.username, u.status, u.password_changed_at, COALESCE(json_agg(json_build_object('role', ra.role, 'orgUnitId', ra.org_unit_id)) FILTER (WHERE ra.id IS NOT NULL), '[]') AS roles, EXISTS (SELECT 1 FROM auth_session s WHERE s.family_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now()) AS session_live FROM user_account u LEFT JOIN role_assignment ra ON ra.user_id = u.id WHERE u.id = $1 GROUP BY u.id`;
const RATE_SQL = `INSERT INTO rate_limit_counter AS c (key, hits, expires_at) VALUES ($1, 1, now() + make_interval(secs => $2)) ON CONFLICT (key) DO UPDATE SET hits = CASE WHEN c.expires_at <= now() THEN 1 ELSE c.hits + 1 END, expires_at = CASE WHEN c.expires_at <= now() THEN now() + make_interval(secs => $2) ELSE c.expires_at END, blocked_until = CASE WHEN c.blocked_until > now() THEN c.blocked_until WHEN c.expires_at > now() AND c.hits + 1 > $3 THEN now() + make_interval(secs => $4) ELSE NULL END RETURNING hits, extract(epoch FROM expires_at - now()) AS expires_in, CASE WHEN blocked_until > now() THEN extract(epoch FROM blocked_until - now()) END AS blocked_for`;
const ANCESTORS_SQL = `SELECT a.id, a.kind FROM org_unit u JOIN org_unit a ON u.path LIKE a.path || '%' WHERE u.id = $1 ORDER BY length(a.path) DESC`;
const PRICES_SQL = (n) =>
  `SELECT DISTINCT ON (p.sku_id, p.channel) * FROM sku_price p WHERE p.sku_id IN (${Array.from({ length: n }, (_, i) => `$${i + 1}`).join(', ')}) AND p.status = 'active' AND p.effective_from <= $${n + 1} ORDER BY p.sku_id ASC, p.channel ASC, p.effective_from DESC, p.id DESC`;
const RESERVE_LEVELS_SQL = `UPDATE stock_level l SET on_hand = l.on_hand + d.on_hand_delta, reserved = l.reserved + d.reserved_delta, updated_at = now() FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[]) AS d(sku_id, warehouse_id, on_hand_delta, reserved_delta) WHERE l.sku_id = d.sku_id AND l.warehouse_id = d.warehouse_id AND l.on_hand + d.on_hand_delta >= 0 AND l.reserved + d.reserved_delta >= 0 AND l.reserved + d.reserved_delta <= l.on_hand + d.on_hand_delta RETURNING l.id, l.sku_id, l.warehouse_id, l.on_hand, l.reserved, l.in_transit, l.reorder_point, l.safety_stock, l.low`;
const RESERVE_MOVEMENTS_SQL = `INSERT INTO stock_movement (sku_id, warehouse_id, kind, on_hand_delta, reserved_delta, on_hand_after, reserved_after, source_type, source_id, source_number, actor_kind, actor_id, actor_label) SELECT m.sku_id, m.warehouse_id, $7, m.on_hand_delta, m.reserved_delta, m.on_hand_after, m.reserved_after, $8, $9, $10, $11, $12, $13 FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[], $5::int[], $6::int[]) WITH ORDINALITY AS m(sku_id, warehouse_id, on_hand_delta, reserved_delta, on_hand_after, reserved_after, n) ORDER BY m.n RETURNING id, sku_id, warehouse_id`;
const RESERVATIONS_SQL = `INSERT INTO stock_reservation AS r (source_type, source_id, source_number, sku_id, warehouse_id, quantity, remaining) SELECT $1, $2, $3, x.sku_id, $4, x.quantity, x.quantity FROM unnest($5::uuid[], $6::int[]) AS x(sku_id, quantity) ON CONFLICT (source_type, source_id, sku_id, warehouse_id) DO UPDATE SET quantity = r.quantity + EXCLUDED.quantity, remaining = r.remaining + EXCLUDED.remaining, updated_at = now()`;
const AUDIT_SQL = `INSERT INTO audit_event (actor_kind, actor_id, actor_label, action, entity_type, entity_id, changes, request_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id, occurred_at, changes`;
const OUTBOX_SQL = `INSERT INTO outbox_event (type, payload, actor_kind, actor_id, request_id) VALUES ($1, $2, $3, $4, $5) RETURNING *`;
const JOB_SQL = `INSERT INTO pgboss.job (id, name, data, priority, start_after, expire_in, keep_until, retry_limit, retry_delay, retry_backoff, policy) SELECT gen_random_uuid(), q.name, $2::jsonb, 0, now(), interval '15 minutes', now() + interval '14 days', COALESCE(q.retry_limit, 2), COALESCE(q.retry_delay, 0), COALESCE(q.retry_backoff, false), q.policy FROM pgboss.queue q WHERE q.name = $1 ON CONFLICT DO NOTHING RETURNING id`;
const ORDER_COLUMNS = [
  'number',
  'customer_id',
  'channel',
  'payment_method',
  'status',
  'org_unit_id',
  'warehouse_id',
  'customer_address_id',
  'province_code',
  'city_code',
  'district_code',
  'address_detail',
  'recipient_name',
  'recipient_phone',
  'currency',
  'list_total',
  'discount_total',
  'total',
  'original_total',
  'paid_amount',
  'line_count',
  'note',
  'created_by_kind',
  'created_by_id',
  'confirmed_at',
];
const LINE_COLUMNS = [
  'order_id',
  'line_no',
  'sku_id',
  'sku_code',
  'product_name',
  'quantity',
  'unit_price',
  'list_amount',
  'discount_amount',
  'amount',
  'discounts',
];

class HttpError extends Error {
  constructor(status, code) {
    super(code);
    this.status = status;
  }
}

/** The API's per-request work outside the handler: who is calling (one query) and the rate limit (one). */
async function caller(request) {
  const token = request.headers.authorization?.replace(/^Bearer /, '') ?? '';
  let claims;
  try {
    claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
  } catch {
    throw new HttpError(401, 'UNAUTHENTICATED');
  }
  const { rows } = await pool.query(AUTH_SQL, [claims.sub, claims.sid ?? claims.fam ?? null]);
  if (!rows[0] || rows[0].status !== 'active') throw new HttpError(401, 'UNAUTHENTICATED');
  await pool.query(RATE_SQL, [`user:${rows[0].id}`, 60, 100000, 60]);
  return rows[0];
}

app.setErrorHandler((error, _request, reply) => {
  reply.code(error.status ?? 500).send({ code: error.message });
});

app.get('/api/v1/products/:id', async (request) => {
  await caller(request);
  const id = request.params.id;
  const {
    rows: [product],
  } = await pool.query(`SELECT * FROM product WHERE id = $1 LIMIT 1`, [id]);
  if (!product) throw new HttpError(404, 'PRODUCT_NOT_FOUND');
  const { rows: skus } = await pool.query(`SELECT * FROM sku WHERE product_id = $1 ORDER BY code ASC`, [id]);
  const { rows: content } = await pool.query(
    `SELECT * FROM product_content WHERE product_id = $1 ORDER BY locale ASC`,
    [id],
  );
  const { rows: images } = await pool.query(
    `SELECT * FROM product_image WHERE product_id = $1 ORDER BY position ASC`,
    [id],
  );
  const { rows: prices } = await pool.query(PRICES_SQL(skus.length), [...skus.map((s) => s.id), new Date()]);
  return { ...product, skus, content, images, prices };
});

app.get('/api/v1/products', async (request) => {
  await caller(request);
  const q = String(request.query.q ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .trim();
  const limit = Math.min(Number(request.query.limit ?? 50), 100);
  const values = [];
  const where = [];
  if ([...q].length >= 3) {
    values.push(`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where.push(`p.search_text LIKE $${values.length} ESCAPE '\\'`);
  } else if (q) {
    values.push(q);
    where.push(`p.search_grams @> ARRAY[$${values.length}]::text[]`);
  }
  const cursor = request.query.cursor
    ? JSON.parse(Buffer.from(request.query.cursor, 'base64url').toString()).v
    : undefined;
  if (cursor) {
    values.push(cursor[0], cursor[1]);
    where.push(`(p.name, p.id) > ($${values.length - 1}, $${values.length})`);
  }
  const { rows } = await pool.query(
    `SELECT p.id, p.created_at, p.updated_at, p.version, p.name, p.category_id, p.brand_id, p.status, p.listed_at FROM product p ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY p.name ASC, p.id ASC LIMIT ${limit + 1}`,
    values,
  );
  const page = rows.slice(0, limit);
  const ids = page.map((p) => p.id);
  const { rows: counts } = ids.length
    ? await pool.query(
        `SELECT s.product_id, count(*)::int AS n, min(w.amount) FILTER (WHERE s.status = 'active') AS low, max(w.amount) FILTER (WHERE s.status = 'active') AS high FROM sku s LEFT JOIN LATERAL ( SELECT amount FROM sku_price WHERE sku_id = s.id AND channel = 'website' AND status = 'active' AND effective_from <= now() ORDER BY effective_from DESC, id DESC LIMIT 1 ) w ON true WHERE s.product_id = ANY($1) GROUP BY s.product_id`,
        [ids],
      )
    : { rows: [] };
  const { rows: images } = ids.length
    ? await pool.query(`SELECT * FROM product_image WHERE product_id = ANY($1) AND is_main = true`, [ids])
    : { rows: [] };
  const byId = new Map(counts.map((c) => [c.product_id, c]));
  const last = page[page.length - 1];
  return {
    data: page.map((p) => ({
      ...p,
      skuCount: byId.get(p.id)?.n ?? 0,
      websitePriceLow: byId.get(p.id)?.low ?? null,
      thumbnail: images.find((i) => i.product_id === p.id)?.storage_key ?? null,
    })),
    nextCursor:
      rows.length > limit
        ? Buffer.from(JSON.stringify({ s: 'name', v: [last.name, last.id] })).toString('base64url')
        : null,
  };
});

app.get('/api/v1/orders', async (request) => {
  await caller(request);
  const limit = Math.min(Number(request.query.limit ?? 50), 100);
  const values = [];
  const where = [];
  for (const [param, column] of [
    ['status', 'status'],
    ['paymentMethod', 'payment_method'],
    ['channel', 'channel'],
    ['customerId', 'customer_id'],
  ]) {
    if (request.query[param]) {
      values.push(request.query[param]);
      where.push(`o.${column} = $${values.length}`);
    }
  }
  if (request.query.cursor) {
    const [id] = JSON.parse(Buffer.from(request.query.cursor, 'base64url').toString()).v;
    values.push(id);
    where.push(`o.id < $${values.length}`);
  }
  const { rows } = await pool.query(
    `SELECT * FROM sales_order o ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY o.id DESC LIMIT ${limit + 1}`,
    values,
  );
  const page = rows.slice(0, limit);
  const ids = [...new Set(page.map((o) => o.customer_id))];
  const { rows: names } = ids.length
    ? await pool.query(
        `SELECT id, name FROM customer WHERE id IN (${ids.map((_, i) => `$${i + 1}`).join(', ')})`,
        ids,
      )
    : { rows: [] };
  const nameOf = new Map(names.map((c) => [c.id, c.name]));
  const last = page[page.length - 1];
  return {
    data: page.map((o) => ({ ...o, customerName: nameOf.get(o.customer_id) ?? null })),
    nextCursor:
      rows.length > limit
        ? Buffer.from(JSON.stringify({ s: '-placedAt', v: [last.id] })).toString('base64url')
        : null,
  };
});

app.post('/api/v1/orders', async (request, reply) => {
  const user = await caller(request);
  const key = request.headers['idempotency-key'];
  const body = request.body;
  const requestId = randomUUID();
  const client = await pool.connect();
  try {
    await client.query('START TRANSACTION');
    const q = (text, values) => client.query(text, values).then((r) => r.rows);
    const requestHash = createHash('sha256').update(JSON.stringify(body)).digest('hex');
    if (key) {
      await q(`SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS locked`, [`${user.id}:${key}`]);
      const [seen] = await q(
        `SELECT request_hash, status_code, response_body, location FROM idempotency_record WHERE caller = $1 AND key = $2 AND expires_at > now()`,
        [`user:${user.id}`, key],
      );
      if (seen) {
        await client.query('ROLLBACK');
        return reply.code(seen.status_code).send(seen.response_body);
      }
    }
    const [customer] = await q(`SELECT * FROM customer WHERE id = $1 LIMIT 1`, [body.customerId]);
    if (!customer) throw new HttpError(422, 'ORDER_CUSTOMER_UNKNOWN');
    const [address] = await q(`SELECT * FROM customer_address WHERE id = $1 AND customer_id = $2 LIMIT 1`, [
      body.shippingAddress.addressId,
      customer.id,
    ]);
    await q(`SELECT * FROM member WHERE customer_id = $1 AND status = $2 LIMIT 1`, [customer.id, 'active']);
    const [territory] = await q(`SELECT * FROM territory_city WHERE city_code = $1 LIMIT 1`, [
      address.city_code,
    ]);
    const lineage = await q(ANCESTORS_SQL, [territory.org_unit_id]);
    const warehouses = await q(`SELECT * FROM warehouse WHERE status = 'active' ORDER BY code ASC`);
    const warehouse = lineage.map((u) => warehouses.find((w) => w.region_id === u.id)).find(Boolean);
    if (!warehouse) throw new HttpError(422, 'ORDER_NOT_DELIVERABLE');
    const skuIds = body.lines.map((l) => l.skuId);
    const skus = await q(
      `SELECT s.id, s.product_id, s.code, s.status, p.name AS product_name, p.category_id, p.status AS product_status FROM sku s JOIN product p ON p.id = s.product_id WHERE s.id = ANY($1::uuid[])`,
      [skuIds],
    );
    const products = skus.map((s) => ({
      id: s.product_id,
      name: s.product_name,
      category_id: s.category_id,
    }));
    const prices = await q(PRICES_SQL(skuIds.length), [...skuIds, new Date()]);
    await q(
      `WITH RECURSIVE up AS ( SELECT id AS start, id, parent_id FROM category WHERE id = ANY($1) UNION ALL SELECT up.start, c.id, c.parent_id FROM category c JOIN up ON c.id = up.parent_id) SELECT start, id FROM up`,
      [products.map((p) => p.category_id)],
    );
    await q(ANCESTORS_SQL, [territory.org_unit_id]);
    const channel = body.channel ?? 'website';
    await q(
      `SELECT * FROM promotion p WHERE p.status = 'active' AND p.starts_at <= $1 AND p.ends_at > $1 AND $2 = ANY(p.channels) AND (p.total_limit IS NULL OR p.times_used < p.total_limit) AND (cardinality(p.region_ids) = 0 OR p.region_ids && $3::uuid[]) AND (p.per_customer_limit IS NULL OR p.per_customer_limit > (SELECT count(*) FROM promotion_usage u WHERE u.promotion_id = p.id AND u.customer_id = $4)) ORDER BY p.priority ASC, p.id ASC`,
      [new Date(), channel, lineage.map((u) => u.id), customer.id],
    );
    const lines = body.lines.map((line, index) => {
      const sku = skus.find((s) => s.id === line.skuId);
      if (!sku) throw new HttpError(422, 'SKU_UNKNOWN');
      const price = prices.find((p) => p.sku_id === sku.id && p.channel === channel);
      const unitPrice = Number(price.amount);
      const amount = unitPrice * line.quantity;
      return [
        null,
        index + 1,
        sku.id,
        sku.code,
        products.find((p) => p.id === sku.product_id).name,
        line.quantity,
        unitPrice,
        amount,
        0,
        amount,
        '[]',
      ];
    });
    const total = lines.reduce((sum, l) => sum + l[9], 0);
    const status = body.paymentMethod === 'cod' ? 'confirmed' : 'pending_payment';
    const actor = ['user', user.id, user.username];
    // In the API's order (finding 1 of docs/performance.md): everything that needs no number first, under an
    // id from the database with the children's foreign keys deferred; the day's counter last but the writes
    // that carry the number, so its row is locked as briefly as the API's.
    const [{ id: orderId }] = await q(`SELECT uuidv7() AS id`);
    await q(`SET CONSTRAINTS sales_order_line_order_id_fkey, sales_order_timeline_order_id_fkey DEFERRED`);
    const savedLines = await q(
      `INSERT INTO sales_order_line (${LINE_COLUMNS.join(', ')}) VALUES ${lines.map((_, r) => `(${LINE_COLUMNS.map((__, c) => `$${r * LINE_COLUMNS.length + c + 1}`).join(', ')})`).join(', ')} RETURNING *`,
      lines.flatMap((l) => [orderId, ...l.slice(1)]),
    );
    for (const [index, line] of savedLines.entries())
      await q(AUDIT_SQL, [
        ...actor,
        'create',
        'OrderLine',
        line.id,
        JSON.stringify({ skuId: { to: lines[index][2] }, quantity: { to: lines[index][5] } }),
        requestId,
      ]);
    const [placedEntry] = await q(
      `INSERT INTO sales_order_timeline (order_id, action, from_status, to_status, note, data, actor_kind, actor_id, actor_label) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
      [
        orderId,
        'placed',
        null,
        status,
        body.note ?? null,
        JSON.stringify({ total, warehouseId: warehouse.id }),
        ...actor,
      ],
    );
    const [seq] = await q(NUMBER_SQL, ['Asia/Shanghai', 'SO']);
    if (seq.value === null) throw new HttpError(503, 'NUMBER_SEQUENCE_MISSING');
    const number = `SO-${seq.day}-${String(seq.value).padStart(4, '0')}`;
    const orderValues = [
      number,
      customer.id,
      channel,
      body.paymentMethod,
      status,
      territory.org_unit_id,
      warehouse.id,
      address.id,
      address.province_code,
      address.city_code,
      address.district_code,
      address.detail,
      address.recipient_name,
      address.recipient_phone,
      'CNY',
      total,
      0,
      total,
      total,
      0,
      lines.length,
      body.note ?? null,
      'user',
      user.id,
      status === 'confirmed' ? new Date() : null,
    ];
    // TypeORM's save looks for the id it is given before inserting; so does the baseline.
    await q(`SELECT * FROM sales_order WHERE id = $1`, [orderId]);
    const [order] = await q(
      `INSERT INTO sales_order (id, ${ORDER_COLUMNS.join(', ')}) VALUES ($1, ${ORDER_COLUMNS.map((_, i) => `$${i + 2}`).join(', ')}) RETURNING *`,
      [orderId, ...orderValues],
    );
    await q(AUDIT_SQL, [
      ...actor,
      'create',
      'Order',
      order.id,
      JSON.stringify(Object.fromEntries(ORDER_COLUMNS.map((c, i) => [c, { to: orderValues[i] }]))),
      requestId,
    ]);
    await q(`SELECT * FROM warehouse WHERE id = $1 AND status = 'active' LIMIT 1`, [warehouse.id]);
    const sorted = [...body.lines].sort((a, b) => (a.skuId < b.skuId ? -1 : 1));
    await q(
      `SELECT id, sku_id, warehouse_id, on_hand, reserved, in_transit, reorder_point, safety_stock, low FROM stock_level WHERE (sku_id, warehouse_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[])) ORDER BY sku_id, warehouse_id FOR UPDATE`,
      [sorted.map((l) => l.skuId), sorted.map(() => warehouse.id)],
    );
    // As the API's StockLedger.applyAll: every line's balance in one guarded UPDATE, their movements in one INSERT,
    // their reservations in one more (lines merged and in SKU order, as they were locked).
    const levels = await q(RESERVE_LEVELS_SQL, [
      sorted.map((l) => l.skuId),
      sorted.map(() => warehouse.id),
      sorted.map(() => 0),
      sorted.map((l) => l.quantity),
    ]);
    if (levels.length !== sorted.length) throw new HttpError(422, 'INSUFFICIENT_STOCK');
    const after = sorted.map((l) => levels.find((level) => level.sku_id === l.skuId));
    const movements = await q(RESERVE_MOVEMENTS_SQL, [
      sorted.map((l) => l.skuId),
      sorted.map(() => warehouse.id),
      sorted.map(() => 0),
      sorted.map((l) => l.quantity),
      after.map((level) => level.on_hand),
      after.map((level) => level.reserved),
      'reservation',
      'order',
      order.id,
      number,
      ...actor,
    ]);
    await q(RESERVATIONS_SQL, [
      'order',
      order.id,
      number,
      warehouse.id,
      sorted.map((l) => l.skuId),
      sorted.map((l) => l.quantity),
    ]);
    const moved = sorted.map((line, index) => ({
      movementId: movements.find((m) => m.sku_id === line.skuId).id,
      skuId: line.skuId,
      reservedAfter: after[index].reserved,
    }));
    const [stockEvent] = await q(OUTBOX_SQL, [
      'StockMoved',
      JSON.stringify({ source: { type: 'order', id: order.id }, movements: moved }),
      'user',
      user.id,
      requestId,
    ]);
    await q(JOB_SQL, [outboxQueue, JSON.stringify({ eventId: stockEvent.id })]);
    const [placed] = await q(OUTBOX_SQL, [
      'OrderPlaced',
      JSON.stringify({ orderId: order.id, number, total, lines: body.lines }),
      'user',
      user.id,
      requestId,
    ]);
    await q(JOB_SQL, [outboxQueue, JSON.stringify({ eventId: placed.id })]);
    // The response is built from what was written, as the API's is (a new order has no payments or notes).
    const response = {
      ...order,
      customerName: customer.name,
      lines: savedLines,
      payments: [],
      notes: [],
      timeline: [placedEntry],
    };
    if (key)
      await q(
        `INSERT INTO idempotency_record (caller, key, request_hash, status_code, response_body, location, expires_at) VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(hours => $7)) ON CONFLICT (caller, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, status_code = EXCLUDED.status_code, response_body = EXCLUDED.response_body, location = EXCLUDED.location, created_at = now(), expires_at = EXCLUDED.expires_at`,
        [
          `user:${user.id}`,
          key,
          requestHash,
          201,
          JSON.stringify(response),
          `/api/v1/orders/${order.id}`,
          24,
        ],
      );
    await client.query('COMMIT');
    return reply.code(201).header('location', `/api/v1/orders/${order.id}`).send(response);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
});

app.get('/health/ready', async () => ({ status: 'ok' }));

await app.listen({ port: Number(process.env.PORT ?? 3100), host: '127.0.0.1' });
