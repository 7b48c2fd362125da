/**
 * The set-based statements of the website reconciliation, kept together so they can be read (and EXPLAINed)
 * as SQL. $1 is always the import's id.
 */

/**
 * Staged lines → statement lines, matched to the provider payments of prepaid orders by order reference in one
 * hash join: matched when the amounts agree, amount_difference when they do not, unmatched when no payment
 * waits for it. Only the first line of a file for an order, and only a payment no earlier statement claimed,
 * can match: a second charge for the same order stays unmatched, to be explained. A transaction reference seen
 * before is skipped (a statement imported twice adds nothing). The same statement claims the payments it
 * matched.
 */
export const MATCH_STAGED_LINES = `
  WITH inserted AS (
    INSERT INTO provider_statement_line (import_id, line_no, transaction_ref, order_ref, amount, fee, settled_at,
                                         settled_day, order_id, expected_amount, status)
    SELECT s.import_id, s.line_no, s.transaction_ref, s.order_ref, s.amount, s.fee, s.settled_at,
           (s.settled_at AT TIME ZONE 'Asia/Shanghai')::date,
           p.order_id, p.amount,
           CASE WHEN p.order_id IS NULL THEN 'unmatched'
                WHEN p.amount = s.amount THEN 'matched'
                ELSE 'amount_difference' END
      FROM (SELECT st.*, row_number() OVER (PARTITION BY st.order_ref ORDER BY st.line_no) AS nth
              FROM provider_statement_staging st WHERE st.import_id = $1) s
      LEFT JOIN provider_payment p
        ON p.order_number = s.order_ref AND s.nth = 1 AND p.statement_line_id IS NULL
    ON CONFLICT (transaction_ref) DO NOTHING
    RETURNING id, order_id
  )
  -- The same statement claims the payments it matched, so a later statement cannot match them again.
  UPDATE provider_payment p SET statement_line_id = i.id
    FROM inserted i
   WHERE i.order_id = p.order_id`;

export const IMPORT_SUMMARY = `
  SELECT count(*)::int AS lines,
         count(*) FILTER (WHERE status = 'matched')::int AS matched,
         count(*) FILTER (WHERE status = 'amount_difference')::int AS amount_differences,
         count(*) FILTER (WHERE status = 'unmatched')::int AS unmatched,
         coalesce(array_agg(DISTINCT settled_day::text), '{}') AS days
    FROM provider_statement_line WHERE import_id = $1`;

/** Lines that landed on a day already closed: the import is refused whole. */
export const LINES_ON_CLOSED_DAYS = `
  SELECT DISTINCT l.settled_day::text AS day
    FROM provider_statement_line l
    JOIN reconciliation_day d ON d.kind = 'website' AND d.day = l.settled_day
   WHERE l.import_id = $1`;

/** One day's totals: both sides, by status, and what is still open. $1 is the day. */
export const DAY_SUMMARY = `
  SELECT count(*)::int AS lines,
         coalesce(sum(amount), 0)::bigint AS statement_amount,
         coalesce(sum(fee), 0)::bigint AS fees,
         count(*) FILTER (WHERE status = 'matched')::int AS matched,
         count(*) FILTER (WHERE status = 'amount_difference')::int AS amount_differences,
         coalesce(sum(amount - expected_amount) FILTER (WHERE status = 'amount_difference'), 0)::bigint
           AS amount_difference_total,
         count(*) FILTER (WHERE status = 'unmatched')::int AS unmatched,
         count(*) FILTER (WHERE status <> 'matched' AND explanation IS NULL)::int AS unexplained,
         (SELECT count(*)::int FROM provider_payment WHERE paid_on = $1 AND statement_line_id IS NULL)
           AS unsettled_payments,
         (SELECT closed_at FROM reconciliation_day WHERE kind = 'website' AND day = $1) AS closed_at
    FROM provider_statement_line WHERE settled_day = $1`;
