// The payment provider's settlement statement for the website reconciliation bench (issues 9 and 11): exactly
// `sizes.statementLines` lines in bench_statement_line (a bench-only table; the bench writes its first N lines
// as the CSV it uploads). One line per prepaid payment (every 50th charging ¥1 more than the order) and, spread
// evenly among them, lines no payment explains: charges for orders the shop never had and second charges for
// an order already on the statement. Each line's `kind` says what the reconciliation should make of it.
import readline from 'node:readline';
import { createRequire } from 'node:module';
import { beijingDay, beijingInstant } from '../calendar.mjs';
import { TableSpool } from '../copy.mjs';
import { loadAll } from './catalog.mjs';

const require = createRequire(import.meta.url);
export const STATEMENT_TABLE = 'bench_statement_line';
const DIFFERENCE = { every: 50, at: 25, fen: 100 };
const FEE_RATE = 0.006;

/**
 * How many extra (unexplained) lines follow the `k`-th payment line (0-based) so that `payments` payment lines
 * and `lines - payments` extras interleave evenly; extras beyond the payments come last.
 */
export function extrasAfter(k, payments, lines) {
  const extras = Math.max(0, lines - payments);
  const upTo = (n) => Math.floor((n * extras) / payments);
  return upTo(k + 1) - upTo(k);
}

export const statementStage = {
  name: 'payment statement',
  describe: (sizes) => `a settlement statement of ${sizes.statementLines.toLocaleString('en')} lines`,
  async run({ client, random, sizes, progress }) {
    const { to: copyTo } = require('pg-copy-streams');
    await client.query(`DROP TABLE IF EXISTS ${STATEMENT_TABLE}`);
    await client.query(`
      CREATE TABLE ${STATEMENT_TABLE} (
        line_no integer PRIMARY KEY,
        transaction_ref varchar(64) NOT NULL,
        order_ref varchar(64) NOT NULL,
        amount bigint NOT NULL,
        fee bigint NOT NULL,
        settled_at timestamptz NOT NULL,
        kind varchar(16) NOT NULL CHECK (kind IN ('exact', 'difference', 'unknown', 'second-charge')))`);
    // The prepaid payments as finance's provider_payment holds them (the order's total, the Beijing day paid).
    const paymentsSql = `
      SELECT o.number, o.total, extract(epoch FROM min(p.paid_at)) * 1000
        FROM sales_order o JOIN order_payment p ON p.order_id = o.id
       WHERE o.payment_method = 'prepaid' AND o.total > 0
       GROUP BY o.id ORDER BY o.id`;
    const {
      rows: [{ n: payments }],
    } = await client.query(`SELECT count(*)::int AS n FROM (${paymentsSql}) x`);
    const total = sizes.statementLines;
    const used = Math.min(payments, total);
    const spool = new TableSpool(STATEMENT_TABLE, [
      'line_no',
      'transaction_ref',
      'order_ref',
      'amount',
      'fee',
      'settled_at',
      'kind',
    ]);
    let lineNo = 0;
    const add = (orderRef, amount, settledAt, kind) => {
      lineNo++;
      spool.add([
        lineNo,
        `BXT-${lineNo}`,
        orderRef,
        amount,
        Math.round(amount * FEE_RATE),
        new Date(settledAt),
        kind,
      ]);
    };
    // Orders already on the statement, for second charges (a ring of the recent ones).
    const recent = [];
    let last;
    const extra = () => {
      const settledAt = last.settledAt + random.int(60, 3600) * 1000;
      if (recent.length && random.random() < 0.5) {
        const again = random.pick(recent);
        add(again.number, again.amount, settledAt, 'second-charge');
      } else {
        add(`SO-UNKNOWN-${lineNo + 1}`, random.int(1_000, 500_000), settledAt, 'unknown');
      }
    };
    progress.start('payment statement', total, 'lines');
    const lines = readline.createInterface({
      input: client.query(copyTo(`COPY (${paymentsSql} LIMIT ${used}) TO STDOUT`)),
    });
    let k = 0;
    for await (const row of lines) {
      const [number, totalText, paidMs] = row.split('\t');
      const amount = Number(totalText);
      const day = beijingDay(Number(paidMs));
      const settledAt = beijingInstant(day, 60 + ((k * 37) % 1200));
      const differs = k % DIFFERENCE.every === DIFFERENCE.at;
      add(number, amount + (differs ? DIFFERENCE.fen : 0), settledAt, differs ? 'difference' : 'exact');
      last = { number, amount, settledAt };
      if (recent.length < 1000) recent.push(last);
      else recent[k % 1000] = last;
      for (let e = extrasAfter(k, used, total); e > 0; e--) extra();
      k++;
      if ((k & 1023) === 0) progress.set(lineNo);
    }
    if (!last) last = { settledAt: Date.now() - 86_400_000 };
    while (lineNo < total) extra();
    progress.finish(
      `${used.toLocaleString('en')} payments and ${(total - used).toLocaleString('en')} lines beyond them`,
    );
    await loadAll(client, progress, 'payment statement (load)', [spool]);
  },
};
