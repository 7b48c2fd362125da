/** Runs one SQL statement and answers its rows: a DataSource's `query`, or a pg pool wrapped to answer rows. */
export type Sql = (text: string, params?: unknown[]) => Promise<Array<Record<string, unknown>>>;

/** The `n` of a `SELECT count(*)::int AS n …`. */
export async function countOf(sql: Sql, text: string, params?: unknown[]): Promise<number> {
  const [row] = await sql(text, params);
  return Number(row.n);
}

export interface StockFigures {
  onHand: number;
  reserved: number;
  /** The ledger's sums: every stock movement's deltas added up from nothing. */
  ledgerOnHand: number;
  ledgerReserved: number;
  /** The smallest `on_hand_after - reserved_after` the ledger ever recorded: below 0 would be an oversell. */
  lowestAvailable: number;
}

/** A SKU's stock in one warehouse as the level row and as its movements' sums say. */
export async function stockFigures(sql: Sql, skuId: string, warehouseId: string): Promise<StockFigures> {
  const [row] = await sql(
    `SELECT l.on_hand::int AS "onHand", l.reserved::int AS "reserved",
            coalesce(sum(m.on_hand_delta), 0)::int AS "ledgerOnHand",
            coalesce(sum(m.reserved_delta), 0)::int AS "ledgerReserved",
            coalesce(min(m.on_hand_after - m.reserved_after), 0)::int AS "lowestAvailable"
       FROM stock_level l
       LEFT JOIN stock_movement m ON m.sku_id = l.sku_id AND m.warehouse_id = l.warehouse_id
      WHERE l.sku_id = $1 AND l.warehouse_id = $2
      GROUP BY l.on_hand, l.reserved`,
    [skuId, warehouseId],
  );
  return row as unknown as StockFigures;
}

/** Stock levels whose on-hand or reserved quantity differs from the sum of their movements (must be none). */
export async function stockLedgerMismatches(sql: Sql): Promise<number> {
  const [{ n }] = await sql(
    `SELECT count(*)::int AS n FROM stock_level l
       LEFT JOIN LATERAL (SELECT coalesce(sum(on_hand_delta), 0) AS on_hand, coalesce(sum(reserved_delta), 0) AS reserved
                            FROM stock_movement m WHERE m.sku_id = l.sku_id AND m.warehouse_id = l.warehouse_id) s ON true
      WHERE s.on_hand <> l.on_hand OR s.reserved <> l.reserved OR l.reserved > l.on_hand OR l.on_hand < 0`,
  );
  return n as number;
}

/** Stock still held for an order that does not exist or was cancelled (must be none). */
export async function orphanReservations(sql: Sql): Promise<number> {
  const [{ n }] = await sql(
    `SELECT count(*)::int AS n FROM stock_reservation r
      WHERE r.source_type = 'order' AND r.remaining > 0
        AND NOT EXISTS (SELECT 1 FROM sales_order o WHERE o.id::text = r.source_id AND o.status <> 'cancelled')`,
  );
  return n as number;
}

/** Orders whose lines hold no reservation (the opposite orphan: sold but not reserved; must be none). */
export async function ordersWithoutReservation(sql: Sql, orderIds: string[]): Promise<number> {
  const [{ n }] = await sql(
    `SELECT count(*)::int AS n FROM sales_order o
      WHERE o.id = ANY($1::uuid[])
        AND NOT EXISTS (SELECT 1 FROM stock_reservation r WHERE r.source_type = 'order' AND r.source_id = o.id::text)`,
    [orderIds],
  );
  return n as number;
}

/** Posted debits minus posted credits over the whole ledger, and entries that do not balance (both 0). */
export async function trialBalance(sql: Sql): Promise<{ difference: number; unbalancedEntries: number }> {
  const [{ difference }] = await sql(
    `SELECT (coalesce(sum(debit), 0) - coalesce(sum(credit), 0))::bigint::text AS difference FROM journal_line`,
  );
  const [{ n }] = await sql(
    `SELECT count(*)::int AS n FROM (SELECT entry_id FROM journal_line GROUP BY entry_id
      HAVING sum(debit) <> sum(credit)) unbalanced`,
  );
  return { difference: Number(difference), unbalancedEntries: n as number };
}

/** The queue through which every event reaches the partners' webhooks (the fan-out subscribes to all types). */
export const WEBHOOK_FANOUT_QUEUE = 'event.WebhookFanout';

/**
 * Outbox events of `type` by the fate of their fan-out job: done, queued (created or retry), running (taken by
 * a worker — when that process was killed, pg-boss expires the job and runs it again), or lost (no job, or
 * given up). Delivered or still to be delivered is fine; lost must be 0.
 */
export async function outboxFates(
  sql: Sql,
  type: string,
): Promise<{ events: number; done: number; queued: number; running: number; lost: number }> {
  const [row] = await sql(
    `WITH jobs AS (
       SELECT data->>'eventId' AS event_id, state::text AS state FROM pgboss.job WHERE name = $2
       UNION ALL SELECT data->>'eventId', state::text FROM pgboss.archive WHERE name = $2)
     SELECT count(*)::int AS events,
            count(*) FILTER (WHERE fate = 'done')::int AS done,
            count(*) FILTER (WHERE fate = 'queued')::int AS queued,
            count(*) FILTER (WHERE fate = 'running')::int AS running,
            count(*) FILTER (WHERE fate = 'lost')::int AS lost
       FROM (SELECT e.id,
                    CASE WHEN bool_or(j.state = 'completed') THEN 'done'
                         WHEN bool_or(j.state IN ('created', 'retry')) THEN 'queued'
                         WHEN bool_or(j.state = 'active') THEN 'running'
                         ELSE 'lost' END AS fate
               FROM outbox_event e LEFT JOIN jobs j ON j.event_id = e.id::text
              WHERE e.type = $1 GROUP BY e.id) fates`,
    [type, WEBHOOK_FANOUT_QUEUE],
  );
  return row as { events: number; done: number; queued: number; running: number; lost: number };
}
