// Bulk loading: rows are written as COPY text to a spool file per table while they are generated (so a stage
// can produce several related tables in one pass without holding them in memory), then loaded in foreign-key
// order with COPY FROM STDIN (pg-copy-streams) or, where that package is missing, multi-row INSERTs.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';

const require = createRequire(import.meta.url);
let copyFrom;
try {
  ({ from: copyFrom } = require('pg-copy-streams'));
} catch {
  copyFrom = undefined;
}
export const loader = copyFrom ? 'COPY (pg-copy-streams)' : 'multi-row INSERT';

const INSERT_BATCH_ROWS = 2000;

export function encode(value) {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value))
    return encode(`{${value.map((v) => `"${String(v).replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`);
  if (typeof value === 'object') return encode(JSON.stringify(value));
  return String(value).replace(
    /[\\\t\n\r]/g,
    (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c],
  );
}

export function decode(field) {
  if (field === '\\N') return null;
  return field.replace(/\\(.)/g, (_, c) => ({ t: '\t', n: '\n', r: '\r' })[c] ?? c);
}

const spoolDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanggui-seed-'));
process.on('exit', () => fs.rmSync(spoolDir, { recursive: true, force: true }));

/** Rows for one table, spooled to disk: `add([...values])`, then `load(client, progress)`. */
export class TableSpool {
  constructor(table, columns) {
    this.table = table;
    this.columns = columns;
    this.file = path.join(spoolDir, `${table}-${Math.random().toString(36).slice(2)}.copy`);
    this.fd = fs.openSync(this.file, 'w');
    this.buffer = [];
    this.bufferedChars = 0;
    this.rows = 0;
  }

  add(values) {
    const line = `${values.map(encode).join('\t')}\n`;
    this.buffer.push(line);
    this.bufferedChars += line.length;
    this.rows++;
    if (this.bufferedChars > 1 << 20) this.flush();
  }

  flush() {
    if (this.buffer.length) fs.writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.bufferedChars = 0;
  }

  close() {
    this.flush();
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }

  /** Loads the spooled rows through `client` (inside the caller's transaction); ticks `onRows(n)`. */
  async load(client, onRows = () => undefined) {
    this.close();
    const columnList = this.columns.map((c) => `"${c}"`).join(', ');
    if (copyFrom) {
      const copy = client.query(copyFrom(`COPY "${this.table}" (${columnList}) FROM STDIN`));
      const source = fs.createReadStream(this.file, { highWaterMark: 1 << 20 });
      const perRow = this.rows / Math.max(1, fs.statSync(this.file).size);
      source.on('data', (chunk) => onRows(Math.round(chunk.length * perRow)));
      await pipeline(source, copy);
    } else {
      const lines = readline.createInterface({ input: fs.createReadStream(this.file) });
      let batch = [];
      const insert = async () => {
        const values = [];
        const tuples = batch.map((fields) => {
          const start = values.length;
          values.push(...fields);
          return `(${fields.map((_, i) => `$${start + i + 1}`).join(', ')})`;
        });
        await client.query(`INSERT INTO "${this.table}" (${columnList}) VALUES ${tuples.join(', ')}`, values);
        onRows(batch.length);
        batch = [];
      };
      const perBatch = Math.max(1, Math.min(INSERT_BATCH_ROWS, Math.floor(60000 / this.columns.length)));
      for await (const line of lines) {
        batch.push(line.split('\t').map(decode));
        if (batch.length >= perBatch) await insert();
      }
      if (batch.length) await insert();
    }
    fs.rmSync(this.file, { force: true });
    return this.rows;
  }
}
