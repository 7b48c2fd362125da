// What the measured requests need from the seeded database: ids to read, a search term, buyers and SKUs to
// order, a cursor deep in each list. Also tops up stock once per run (with receipt movements, so the ledger
// still adds up) so placements during the run never run out.
import path from 'node:path';
import { createRequire } from 'node:module';
import { builtApiDir } from './build-api.mjs';

const require = createRequire(import.meta.url);

export async function prepareFixtures(client, { topUp = 1000 } = {}) {
  // The measured caller: the administrator as a company-wide customer-service lead (places and reads orders,
  // reads the catalog), as the console's phone-order desk is.
  await client.query(
    `INSERT INTO role_assignment (user_id, role, org_unit_id)
     SELECT id, 'customer-service-lead', NULL FROM user_account WHERE username = 'admin'
     ON CONFLICT DO NOTHING`,
  );
  const products = (
    await client.query(`SELECT id FROM product WHERE status = 'listed' ORDER BY id LIMIT 500`)
  ).rows.map((r) => r.id);
  const buyers = (
    await client.query(
      `SELECT c.id, a.id AS address_id FROM customer c
         JOIN customer_address a ON a.customer_id = c.id AND a.is_default
         JOIN territory_city t ON t.city_code = a.city_code
        WHERE c.status = 'active' AND a.city_code IN (SELECT city_code FROM territory_city tc
              JOIN warehouse w ON w.region_id = tc.org_unit_id)
        ORDER BY c.id LIMIT 500`,
    )
  ).rows;
  const skus = (
    await client.query(`SELECT id FROM sku WHERE code LIKE 'BX-%' ORDER BY id LIMIT 1000`)
  ).rows.map((r) => r.id);
  if (topUp > 0) {
    await client.query(
      `WITH topped AS (
         UPDATE stock_level SET on_hand = on_hand + $1, updated_at = now()
          WHERE sku_id IN (SELECT id FROM sku WHERE code LIKE 'BX-%')
         RETURNING sku_id, warehouse_id, on_hand, reserved)
       INSERT INTO stock_movement (sku_id, warehouse_id, kind, on_hand_delta, reserved_delta, on_hand_after,
         reserved_after, source_type, source_id, source_number, reason, actor_kind)
       SELECT sku_id, warehouse_id, 'receipt', $1, 0, on_hand, reserved, 'benchmark', 'top-up', 'BENCH',
              'benchmark top-up', 'system' FROM topped`,
      [topUp],
    );
  }
  const counts = (
    await client.query(
      `SELECT (SELECT count(*) FROM sales_order)::int AS orders,
              (SELECT count(*) FROM sales_order WHERE status = 'completed')::int AS completed,
              (SELECT count(*) FROM product)::int AS products`,
    )
  ).rows[0];
  return { products, buyers, skus, counts, searchTerms: ['充电器', '手机', 'sjk', '保温杯', 'bx-0001'] };
}

/** The row at `depth` of a list and a cursor pointing just after it, in the API's own cursor format. */
export async function deepCursor(client, { sql, sort, depth }) {
  const { encodeCursor } = require(path.join(builtApiDir, 'libs/api/platform/src/index.js'));
  const { rows } = await client.query(`${sql} OFFSET $1 LIMIT 1`, [depth]);
  if (!rows.length) return undefined;
  return encodeCursor(sort, Object.values(rows[0]));
}

/** Checks the seeded ledger: every stock level equals the sum of its movements. */
export async function ledgerMismatches(client) {
  const { rows } = await client.query(
    `SELECT count(*)::int AS n FROM stock_level l
       LEFT JOIN (SELECT sku_id, warehouse_id, sum(on_hand_delta) AS oh, sum(reserved_delta) AS rs
                    FROM stock_movement GROUP BY 1, 2) m USING (sku_id, warehouse_id)
      WHERE l.on_hand <> coalesce(m.oh, 0) OR l.reserved <> coalesce(m.rs, 0)`,
  );
  return rows[0].n;
}
