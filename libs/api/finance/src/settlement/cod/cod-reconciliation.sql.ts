/**
 * COD cash (每日回笼): confirmed remittances against bank deposit lines, set-based. First by reference (the
 * remittance number written on the deposit slip) with equal amounts; then what is left pairs by day and
 * amount — the n-th deposit of an amount on a day with the n-th remittance of that amount and day, so equal
 * amounts never pair twice. Returns the pairs made.
 */
export const MATCH_BY_REFERENCE = `
  UPDATE cod_remittance_receipt r SET bank_deposit_line_id = d.id
    FROM bank_deposit_line d
   WHERE r.bank_deposit_line_id IS NULL AND d.reference = r.number AND d.amount = r.amount
     AND NOT EXISTS (SELECT 1 FROM cod_remittance_receipt o WHERE o.bank_deposit_line_id = d.id)`;

export const MATCH_BY_DAY_AND_AMOUNT = `
  WITH free_deposits AS (
    SELECT d.id, d.deposit_date, d.amount,
           row_number() OVER (PARTITION BY d.deposit_date, d.amount ORDER BY d.id) AS nth
      FROM bank_deposit_line d
     WHERE NOT EXISTS (SELECT 1 FROM cod_remittance_receipt o WHERE o.bank_deposit_line_id = d.id)
  ), free_remittances AS (
    SELECT r.remittance_id, r.business_day, r.amount,
           row_number() OVER (PARTITION BY r.business_day, r.amount ORDER BY r.number) AS nth
      FROM cod_remittance_receipt r WHERE r.bank_deposit_line_id IS NULL AND r.amount > 0
  )
  UPDATE cod_remittance_receipt r SET bank_deposit_line_id = d.id
    FROM free_remittances f
    JOIN free_deposits d ON d.deposit_date = f.business_day AND d.amount = f.amount AND d.nth = f.nth
   WHERE r.remittance_id = f.remittance_id`;

export const DAY_REMITTANCES = `
  SELECT r.remittance_id, r.number, r.org_unit_id, r.business_day::text AS business_day, r.amount, r.currency,
         r.bank_deposit_line_id, d.reference AS deposit_reference
    FROM cod_remittance_receipt r LEFT JOIN bank_deposit_line d ON d.id = r.bank_deposit_line_id
   WHERE r.business_day = $1 ORDER BY r.number`;

export const DAY_DEPOSITS = `
  SELECT d.id, d.deposit_date::text AS deposit_date, d.amount, d.currency, d.reference, d.description,
         r.number AS remittance_number
    FROM bank_deposit_line d LEFT JOIN cod_remittance_receipt r ON r.bank_deposit_line_id = d.id
   WHERE d.deposit_date = $1 ORDER BY d.id`;
