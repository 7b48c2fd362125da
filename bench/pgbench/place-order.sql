-- The order placement transaction in plain SQL, for pgbench, in the API's order (finding 1 of
-- docs/performance.md): an id, the lines and the timeline entry first with their foreign keys deferred; then
-- the day's number from the day's sequence (as the API takes it; bench/run.mjs creates the sequence), the
-- order, three guarded stock updates each with its movement and reservation, an outbox row, an audit row and
-- the idempotency record. bench_pick (made by the benchmark) maps 1..N to a buyer and to SKU/warehouse pairs
-- with stock.
\set b random(1, 500)
\set s1 random(1, 1000)
\set s2 random(1, 1000)
\set s3 random(1, 1000)
BEGIN;
SELECT uuidv7() AS order_id \gset
SET CONSTRAINTS sales_order_line_order_id_fkey, sales_order_timeline_order_id_fkey DEFERRED;
INSERT INTO sales_order_line (order_id, line_no, sku_id, sku_code, product_name, quantity, unit_price, list_amount, discount_amount, amount)
  SELECT ':order_id', x.no, p.sku_id, 'PB', 'pgbench', 1, 1000, 1000, 0, 1000
    FROM (VALUES (1, :s1), (2, :s2), (3, :s3)) AS x(no, n) JOIN bench_pick p ON p.n = x.n;
INSERT INTO sales_order_timeline (order_id, action, to_status, data, actor_kind)
  VALUES (':order_id', 'placed', 'confirmed', '{"total": 3000}', 'user');
SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_class c WHERE c.relname = d.seq AND c.relkind = 'S' AND pg_table_is_visible(c.oid))
            THEN nextval(d.seq::regclass) END AS last_value
  FROM (SELECT format('document_number_pb_%s', to_char((now() AT TIME ZONE 'Asia/Shanghai')::date, 'YYYYMMDD')) AS seq) d \gset seq_
INSERT INTO sales_order (id, number, customer_id, channel, payment_method, status, org_unit_id, warehouse_id, customer_address_id,
    province_code, city_code, district_code, address_detail, recipient_name, recipient_phone, list_total, discount_total,
    total, original_total, line_count, created_by_kind, created_by_id, confirmed_at)
  SELECT ':order_id', 'PB-' || :seq_last_value || '-' || substr(md5(random()::text), 1, 10), c.customer_id, 'website', 'cod', 'confirmed', c.territory_id, c.warehouse_id, c.address_id,
         a.province_code, a.city_code, a.district_code, a.detail, a.recipient_name, a.recipient_phone, 3000, 0, 3000, 3000, 3, 'user', c.admin_id, now()
    FROM bench_pick c JOIN customer_address a ON a.id = c.address_id WHERE c.n = :b RETURNING warehouse_id AS wh \gset
UPDATE stock_level SET reserved = reserved + 1, updated_at = now()
 WHERE sku_id = (SELECT sku_id FROM bench_pick WHERE n = :s1) AND warehouse_id = ':wh' AND reserved + 1 <= on_hand RETURNING on_hand, reserved \gset l1_
INSERT INTO stock_movement (sku_id, warehouse_id, kind, on_hand_delta, reserved_delta, on_hand_after, reserved_after, source_type, source_id, actor_kind)
  SELECT sku_id, ':wh', 'reservation', 0, 1, :l1_on_hand, :l1_reserved, 'order', ':order_id', 'user' FROM bench_pick WHERE n = :s1;
INSERT INTO stock_reservation AS r (source_type, source_id, sku_id, warehouse_id, quantity, remaining)
  SELECT 'order', ':order_id', sku_id, ':wh', 1, 1 FROM bench_pick WHERE n = :s1
  ON CONFLICT (source_type, source_id, sku_id, warehouse_id) DO UPDATE SET quantity = r.quantity + 1, remaining = r.remaining + 1;
UPDATE stock_level SET reserved = reserved + 1, updated_at = now()
 WHERE sku_id = (SELECT sku_id FROM bench_pick WHERE n = :s2) AND warehouse_id = ':wh' AND reserved + 1 <= on_hand RETURNING on_hand, reserved \gset l2_
INSERT INTO stock_movement (sku_id, warehouse_id, kind, on_hand_delta, reserved_delta, on_hand_after, reserved_after, source_type, source_id, actor_kind)
  SELECT sku_id, ':wh', 'reservation', 0, 1, :l2_on_hand, :l2_reserved, 'order', ':order_id', 'user' FROM bench_pick WHERE n = :s2;
INSERT INTO stock_reservation AS r (source_type, source_id, sku_id, warehouse_id, quantity, remaining)
  SELECT 'order', ':order_id', sku_id, ':wh', 1, 1 FROM bench_pick WHERE n = :s2
  ON CONFLICT (source_type, source_id, sku_id, warehouse_id) DO UPDATE SET quantity = r.quantity + 1, remaining = r.remaining + 1;
UPDATE stock_level SET reserved = reserved + 1, updated_at = now()
 WHERE sku_id = (SELECT sku_id FROM bench_pick WHERE n = :s3) AND warehouse_id = ':wh' AND reserved + 1 <= on_hand RETURNING on_hand, reserved \gset l3_
INSERT INTO stock_movement (sku_id, warehouse_id, kind, on_hand_delta, reserved_delta, on_hand_after, reserved_after, source_type, source_id, actor_kind)
  SELECT sku_id, ':wh', 'reservation', 0, 1, :l3_on_hand, :l3_reserved, 'order', ':order_id', 'user' FROM bench_pick WHERE n = :s3;
INSERT INTO stock_reservation AS r (source_type, source_id, sku_id, warehouse_id, quantity, remaining)
  SELECT 'order', ':order_id', sku_id, ':wh', 1, 1 FROM bench_pick WHERE n = :s3
  ON CONFLICT (source_type, source_id, sku_id, warehouse_id) DO UPDATE SET quantity = r.quantity + 1, remaining = r.remaining + 1;
INSERT INTO outbox_event (type, payload, actor_kind) VALUES ('OrderPlaced', jsonb_build_object('orderId', ':order_id'), 'user');
INSERT INTO audit_event (actor_kind, action, entity_type, entity_id, changes) VALUES ('user', 'create', 'Order', ':order_id', '{}');
INSERT INTO idempotency_record (caller, key, request_hash, status_code, response_body, location, expires_at)
  VALUES ('pgbench', gen_random_uuid()::text, 'x', 201, '{}', NULL, now() + interval '24 hours');
COMMIT;
