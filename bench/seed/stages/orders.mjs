// Orders over the last `sizes.days` days with 1–4 lines, payments for paid prepaid orders, the 'placed' timeline
// entry, and the stock they moved: an opening receipt per SKU × warehouse, a reservation per line, then its
// shipment (shipped, delivered, completed) or release (cancelled), in time order so each movement's
// on_hand_after/reserved_after is the running balance. stock_level ends equal to the sum of its movements and
// stock_reservation holds what is still reserved. Human numbers count per Beijing day like DocumentNumbers,
// and document_sequence (and the API's number sequence of a seeded day, if it made one) is moved past them so
// the API's next SO number does not collide.
import { TableSpool } from '../copy.mjs';
import { loadAll } from './catalog.mjs';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const STATUS = [
  'pending_payment',
  'confirmed',
  'allocated',
  'shipped',
  'delivered',
  'completed',
  'cancelled',
];
const [PENDING, CONFIRMED, ALLOCATED, SHIPPED, DELIVERED, COMPLETED, CANCELLED] = STATUS.map((_, i) => i);
const CHANNELS = ['website', 'offline', 'wholesale'];

const beijingDay = (ms) => new Date(ms + 8 * HOUR).toISOString().slice(0, 10);

export const ordersStage = {
  name: 'orders',
  describe: (sizes) => `${sizes.orders.toLocaleString('en')} orders with lines, payments and stock movements`,
  async run({ client, random, sizes, state, progress, now }) {
    const { buyers, skuIds, skuPrices, warehouseIds } = state;
    const n = sizes.orders;
    const warehouseIndex = new Map(warehouseIds.map((id, i) => [id, i]));
    const start = now - sizes.days * DAY;

    // Pass 1: the skeleton of every order, in time order.
    progress.start('orders (plan)', n, 'orders');
    const time = new Float64Array(n);
    const buyer = new Int32Array(n);
    const status = new Uint8Array(n);
    const cod = new Uint8Array(n);
    const channel = new Uint8Array(n);
    const firstLine = new Int32Array(n + 1);
    const lineSku = [];
    const lineQty = [];
    const daySeq = new Int32Array(n);
    // Numbers already given today (or on any seeded day) by the API are not given again.
    const { rows: taken } = await client.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, last_value FROM document_sequence WHERE prefix = 'SO'`,
    );
    const perDay = new Map(taken.map((row) => [row.day, row.last_value]));
    // Since sales orders take their numbers from a sequence per day (document_number_so_<yyyymmdd>, created
    // by the API at boot and with the first order of a day), what those gave out is taken too.
    for (const { day, used } of await numberSequences(client))
      perDay.set(day, Math.max(perDay.get(day) ?? 0, used));
    for (let i = 0; i < n; i++) {
      // Busier towards now (a growing shop), with a daily rhythm from the uniform spread.
      const t = start + Math.sqrt((i + random.random()) / n) * (now - start - 60_000);
      time[i] = t;
      buyer[i] = random.int(0, buyers.length - 1);
      cod[i] = random.random() < 0.3 ? 1 : 0;
      channel[i] = Number(random.weighted({ 0: 80, 1: 15, 2: 5 }));
      const age = now - t;
      if (random.random() < 0.08) status[i] = CANCELLED;
      else if (!cod[i] && age < DAY && random.random() < 0.3) status[i] = PENDING;
      else if (age > 10 * DAY) status[i] = random.random() < 0.96 ? COMPLETED : DELIVERED;
      else if (age > 3 * DAY) status[i] = random.weighted({ [DELIVERED]: 6, [COMPLETED]: 2, [SHIPPED]: 2 });
      else if (age > DAY) status[i] = random.weighted({ [SHIPPED]: 6, [ALLOCATED]: 2, [CONFIRMED]: 1 });
      else status[i] = random.weighted({ [CONFIRMED]: 5, [ALLOCATED]: 3, [SHIPPED]: 1 });
      const day = beijingDay(t);
      const seq = (perDay.get(day) ?? 0) + 1;
      perDay.set(day, seq);
      daySeq[i] = seq;
      firstLine[i] = lineSku.length;
      const count = random.weighted({ 1: 55, 2: 28, 3: 12, 4: 5 });
      const used = new Set();
      for (let l = 0; l < count; l++) {
        const sku = random.skewed(skuIds.length, 2.5);
        if (used.has(sku)) continue;
        used.add(sku);
        lineSku.push(sku);
        lineQty.push(random.weighted({ 1: 70, 2: 20, 3: 7, 5: 3 }) | 0);
      }
      progress.set(i + 1);
    }
    firstLine[n] = lineSku.length;
    const lines = lineSku.length;
    const orderOfLine = new Int32Array(lines);
    for (let i = 0; i < n; i++) for (let l = firstLine[i]; l < firstLine[i + 1]; l++) orderOfLine[l] = i;
    progress.finish(`${lines.toLocaleString('en')} lines`);

    // Opening stock: every SKU in every warehouse, enough for all the demand that warehouse will see.
    const levels = skuIds.length * warehouseIds.length;
    const demand = new Int32Array(levels);
    const whOf = (i) => warehouseIndex.get(buyers[buyer[i]].serving.warehouseId);
    for (let l = 0; l < lines; l++)
      demand[lineSku[l] * warehouseIds.length + whOf(orderOfLine[l])] += lineQty[l];
    const onHand = new Int32Array(levels);
    const reserved = new Int32Array(levels);

    // Pass 2: the rows.
    const orders = new TableSpool('sales_order', [
      'id',
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
      'list_total',
      'discount_total',
      'total',
      'original_total',
      'paid_amount',
      'line_count',
      'created_by_kind',
      'created_by_id',
      'carrier',
      'tracking_number',
      'courier_user_id',
      'confirmed_at',
      'allocated_at',
      'shipped_at',
      'delivered_at',
      'completed_at',
      'cancelled_at',
      'cancel_reason',
      'version',
      'created_at',
      'updated_at',
    ]);
    const orderLines = new TableSpool('sales_order_line', [
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
    ]);
    const payments = new TableSpool('order_payment', [
      'order_id',
      'provider',
      'provider_transaction_id',
      'amount',
      'currency',
      'paid_at',
      'received_at',
    ]);
    const timeline = new TableSpool('sales_order_timeline', [
      'id',
      'order_id',
      'action',
      'from_status',
      'to_status',
      'data',
      'actor_kind',
      'actor_id',
      'occurred_at',
    ]);
    const reservations = new TableSpool('stock_reservation', [
      'source_type',
      'source_id',
      'source_number',
      'sku_id',
      'warehouse_id',
      'quantity',
      'remaining',
      'created_at',
      'updated_at',
    ]);
    const movements = new TableSpool('stock_movement', [
      'id',
      'created_at',
      'sku_id',
      'warehouse_id',
      'kind',
      'on_hand_delta',
      'reserved_delta',
      'on_hand_after',
      'reserved_after',
      'source_type',
      'source_id',
      'source_number',
      'reason',
      'actor_kind',
      'actor_id',
    ]);
    const stock = new TableSpool('stock_level', [
      'sku_id',
      'warehouse_id',
      'on_hand',
      'reserved',
      'reorder_point',
      'safety_stock',
      'low',
      'created_at',
      'updated_at',
    ]);

    const openingAt = start - DAY;
    for (let k = 0; k < levels; k++) {
      const sku = Math.floor(k / warehouseIds.length);
      const wh = warehouseIds[k % warehouseIds.length];
      onHand[k] = demand[k] + random.int(20, 300);
      movements.add([
        random.uuidv7(openingAt),
        new Date(openingAt),
        skuIds[sku],
        wh,
        'receipt',
        onHand[k],
        0,
        onHand[k],
        0,
        'opening-balance',
        wh,
        'OPENING',
        '压测数据期初库存',
        'system',
        null,
      ]);
    }

    progress.start('orders (rows)', n, 'orders');
    const ids = new Array(n);
    const numbers = new Array(n);
    const stepsOf = (i) => {
      const t = time[i];
      const s = status[i];
      const at = (h) => new Date(t + h * HOUR);
      // COD orders are confirmed when placed; prepaid ones when paid (cancelled prepaid orders were never paid).
      const confirmed = cod[i] || (s !== PENDING && s !== CANCELLED);
      return {
        confirmed: confirmed ? at(cod[i] ? 0 : 0.1) : null,
        allocated: s >= ALLOCATED && s <= COMPLETED ? at(2) : null,
        shipped: s >= SHIPPED && s <= COMPLETED ? at(20) : null,
        delivered: s >= DELIVERED && s <= COMPLETED ? at(70) : null,
        completed: s === COMPLETED ? at(240) : null,
        cancelled: s === CANCELLED ? at(1) : null,
      };
    };
    for (let i = 0; i < n; i++) {
      const b = buyers[buyer[i]];
      const id = random.uuidv7(time[i]);
      const number = `SO-${beijingDay(time[i]).replaceAll('-', '')}-${String(daySeq[i]).padStart(4, '0')}`;
      ids[i] = id;
      numbers[i] = number;
      let total = 0;
      for (let l = firstLine[i], no = 1; l < firstLine[i + 1]; l++, no++) {
        const price = skuPrices[lineSku[l]];
        const amount = price * lineQty[l];
        total += amount;
        orderLines.add([
          id,
          no,
          skuIds[lineSku[l]],
          state.skuCodes[lineSku[l]],
          state.skuProductNames[lineSku[l]],
          lineQty[l],
          price,
          amount,
          0,
          amount,
        ]);
      }
      const s = status[i];
      const steps = stepsOf(i);
      const paidPrepaid = !cod[i] && steps.confirmed;
      const created = new Date(time[i]);
      const last = [
        steps.completed,
        steps.delivered,
        steps.shipped,
        steps.allocated,
        steps.cancelled,
        steps.confirmed,
        created,
      ].find(Boolean);
      orders.add([
        id,
        number,
        b.id,
        CHANNELS[channel[i]],
        cod[i] ? 'cod' : 'prepaid',
        STATUS[s],
        b.serving.territoryId,
        b.serving.warehouseId,
        b.addressId,
        b.province,
        b.city,
        b.district,
        b.detail,
        b.name,
        b.phone,
        total,
        0,
        total,
        total,
        paidPrepaid ? total : 0,
        firstLine[i + 1] - firstLine[i],
        'user',
        state.adminId,
        steps.shipped ? random.pick(['顺丰速运', '中通快递', '京东物流', 'EMS']) : null,
        steps.shipped ? `BX${String(i).padStart(10, '0')}` : null,
        steps.shipped ? state.adminId : null,
        steps.confirmed,
        steps.allocated,
        steps.shipped,
        steps.delivered,
        steps.completed,
        steps.cancelled,
        steps.cancelled ? '客户取消（压测数据）' : null,
        1 + Object.values(steps).filter(Boolean).length,
        created,
        last > created ? last : created,
      ]);
      if (paidPrepaid)
        payments.add([
          id,
          random.pick(['wechat', 'alipay']),
          `BX-PAY-${i}`,
          total,
          'CNY',
          steps.confirmed,
          steps.confirmed,
        ]);
      timeline.add([
        random.uuidv7(time[i]),
        id,
        'placed',
        null,
        cod[i] ? 'confirmed' : 'pending_payment',
        { total, warehouseId: b.serving.warehouseId },
        'user',
        state.adminId,
        created,
      ]);
      const open = !steps.shipped && !steps.cancelled;
      for (let l = firstLine[i]; l < firstLine[i + 1]; l++) {
        reservations.add([
          'order',
          id,
          number,
          skuIds[lineSku[l]],
          b.serving.warehouseId,
          lineQty[l],
          open ? lineQty[l] : 0,
          created,
          steps.shipped ?? steps.cancelled ?? created,
        ]);
      }
      progress.set(i + 1);
    }
    progress.finish(
      `${orderLines.rows.toLocaleString('en')} lines, ${payments.rows.toLocaleString('en')} payments`,
    );

    // Pass 3: stock movements in time order (reservation at placement; shipment or release later).
    let eventCount = lines;
    for (let l = 0; l < lines; l++) {
      const s = status[orderOfLine[l]];
      if (s === CANCELLED || (s >= SHIPPED && s <= COMPLETED)) eventCount++;
    }
    progress.start('stock movements', eventCount, 'events');
    const eventTime = new Float64Array(eventCount);
    const eventRef = new Int32Array(eventCount); // line index, negative (−1 − line) for the consuming movement
    let e = 0;
    for (let l = 0; l < lines; l++) {
      const i = orderOfLine[l];
      eventTime[e] = time[i];
      eventRef[e++] = l;
      const steps = stepsOf(i);
      const consumed = steps.shipped ?? steps.cancelled;
      if (consumed) {
        eventTime[e] = consumed.getTime();
        eventRef[e++] = -1 - l;
      }
    }
    const order = new Uint32Array(eventCount)
      .map((_, k) => k)
      .sort((a, b) => eventTime[a] - eventTime[b] || a - b);
    for (let k = 0; k < eventCount; k++) {
      const ref = eventRef[order[k]];
      const l = ref >= 0 ? ref : -1 - ref;
      const i = orderOfLine[l];
      const level = lineSku[l] * warehouseIds.length + whOf(i);
      const qty = lineQty[l];
      let kind;
      let onHandDelta = 0;
      let reservedDelta;
      if (ref >= 0) {
        kind = 'reservation';
        reservedDelta = qty;
      } else if (status[i] === CANCELLED) {
        kind = 'release';
        reservedDelta = -qty;
      } else {
        kind = 'shipment';
        onHandDelta = -qty;
        reservedDelta = -qty;
      }
      onHand[level] += onHandDelta;
      reserved[level] += reservedDelta;
      if (reserved[level] > onHand[level] || reserved[level] < 0)
        throw new Error(`Stock ledger broken at ${level}`);
      const at = eventTime[order[k]];
      movements.add([
        random.uuidv7(at),
        new Date(at),
        skuIds[lineSku[l]],
        warehouseIds[level % warehouseIds.length],
        kind,
        onHandDelta,
        reservedDelta,
        onHand[level],
        reserved[level],
        'order',
        ids[i],
        numbers[i],
        null,
        'user',
        state.adminId,
      ]);
      if ((k & 4095) === 0) progress.set(k);
    }
    for (let k = 0; k < levels; k++) {
      const reorder = 20;
      stock.add([
        skuIds[Math.floor(k / warehouseIds.length)],
        warehouseIds[k % warehouseIds.length],
        onHand[k],
        reserved[k],
        reorder,
        10,
        onHand[k] - reserved[k] <= reorder,
        new Date(openingAt),
        new Date(now),
      ]);
    }
    progress.finish(
      `${movements.rows.toLocaleString('en')} movements over ${levels.toLocaleString('en')} stock levels`,
    );

    // Stock levels for these SKUs did not exist before (new SKUs): insert; then everything else.
    await loadAll(client, progress, 'orders (load)', [
      orders,
      orderLines,
      payments,
      timeline,
      stock,
      reservations,
      movements,
    ]);
    for (const [day, last] of perDay) {
      await client.query(
        `INSERT INTO document_sequence AS s (prefix, day, last_value) VALUES ('SO', $1, $2)
         ON CONFLICT (prefix, day) DO UPDATE SET last_value = GREATEST(s.last_value, EXCLUDED.last_value)`,
        [day, last],
      );
    }
    // A day's sequence that already exists (the API made today's at boot) moves past the seeded numbers too.
    for (const { day, name, used } of await numberSequences(client))
      if ((perDay.get(day) ?? 0) > used)
        await client.query(`SELECT setval($1::regclass, $2)`, [name, perDay.get(day)]);
  },
};

/** The API's sales order number sequences: day (YYYY-MM-DD), name, and the last number each gave out. */
async function numberSequences(client) {
  const { rows } = await client.query(
    `SELECT sequencename AS name, COALESCE(last_value, start_value - 1)::int AS used
       FROM pg_sequences WHERE sequencename ~ '^document_number_so_[0-9]{8}$'`,
  );
  return rows.map(({ name, used }) => {
    const ymd = name.slice(-8);
    return { day: `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`, name, used };
  });
}
