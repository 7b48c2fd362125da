import { Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';
import type { FieldProblem } from '@zhanggui/api-platform';

/** The columns of the provider's settlement statement, by header name. */
export const STATEMENT_COLUMNS = ['transaction_ref', 'order_ref', 'amount', 'fee', 'settled_at'] as const;

const YUAN = /^(-?)(\d{1,12})(?:\.(\d{1,2}))?$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}(:?\d{2})?)?$/;
const REFERENCE = /^[\x21-\x7e]{1,64}$/;
const MAX_PROBLEMS = 20;

/** `"12.30"` yuan → 1230 分, by the digits (never through a float). Null when malformed. */
export function yuanToFen(text: string): number | null {
  const match = YUAN.exec(text.trim());
  if (!match) return null;
  const fen = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return match[1] === '-' ? -fen : fen;
}

/** A settlement time as PostgreSQL reads it; without a zone it is Beijing time, as the provider writes it. */
export function settlementTime(text: string): string | null {
  const value = text.trim();
  if (!TIMESTAMP.test(value)) return null;
  return /(Z|[+-]\d{2}(:?\d{2})?)$/.test(value) ? value : `${value}+08:00`;
}

/** Escapes a value for COPY's text format (references are printable ASCII, so only the backslash). */
const copyText = (value: string) => value.replace(/\\/g, '\\\\');

/**
 * Parsed CSV records (arrays of cells, header first) → COPY text rows for provider_statement_staging. Checks
 * every line as it streams; malformed lines are collected (the first 20, with line numbers) and the caller
 * refuses the whole statement if there are any.
 */
export class StatementToCopy extends Transform {
  readonly problems: FieldProblem[] = [];
  lines = 0;
  private index: number[] | null = null;
  private record = 0;
  // COPY rows are sent in ~64 KB chunks: one CopyData message per row would cost a write per row.
  private pending: string[] = [];
  private pendingChars = 0;

  constructor(private readonly importId: string) {
    super({ writableObjectMode: true, readableObjectMode: false, writableHighWaterMark: 1024 });
  }

  override _transform(cells: string[], _encoding: BufferEncoding, done: TransformCallback): void {
    this.record++;
    if (!this.index) {
      const header = cells.map((cell) => cell.trim().toLowerCase());
      this.index = STATEMENT_COLUMNS.map((name) => header.indexOf(name));
      const missing = STATEMENT_COLUMNS.filter((_, i) => this.index![i] < 0);
      if (missing.length) this.problem(1, `the header lacks ${missing.join(', ')}`);
      return done();
    }
    if (cells.length === 1 && cells[0].trim() === '') return done();
    const [transactionRef, orderRef, amountText, feeText, settledText] = this.index.map((i) =>
      (cells[i] ?? '').trim(),
    );
    const amount = yuanToFen(amountText);
    const fee = yuanToFen(feeText || '0');
    const settledAt = settlementTime(settledText);
    const line = this.record;
    if (!REFERENCE.test(transactionRef))
      this.problem(line, 'transaction_ref must be 1–64 visible characters');
    else if (!REFERENCE.test(orderRef) || orderRef.length > 32) this.problem(line, 'order_ref is malformed');
    else if (amount === null) this.problem(line, 'amount must be yuan such as 12.30');
    else if (fee === null) this.problem(line, 'fee must be yuan such as 0.07');
    else if (settledAt === null) this.problem(line, 'settled_at must be a time such as 2026-11-27 10:00:00');
    else {
      this.lines++;
      if (this.problems.length === 0) {
        const row = `${this.importId}\t${line}\t${copyText(transactionRef)}\t${copyText(orderRef)}\t${amount}\t${fee}\t${settledAt}\n`;
        this.pending.push(row);
        this.pendingChars += row.length;
        if (this.pendingChars >= 65_536) this.flushRows();
      }
    }
    done();
  }

  override _flush(done: TransformCallback): void {
    this.flushRows();
    done();
  }

  private flushRows(): void {
    if (this.pending.length) this.push(this.pending.join(''));
    this.pending = [];
    this.pendingChars = 0;
  }

  private problem(line: number, message: string): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ field: `line ${line}`, message });
  }
}
