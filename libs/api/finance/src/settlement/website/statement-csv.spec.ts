import { Readable } from 'node:stream';
import { settlementTime, StatementToCopy, yuanToFen } from './statement-csv';

async function convert(records: string[][]): Promise<{ text: string; converter: StatementToCopy }> {
  const converter = new StatementToCopy('import-1');
  const chunks: string[] = [];
  await new Promise<void>((resolve, reject) => {
    Readable.from(records)
      .pipe(converter)
      .on('data', (chunk: Buffer) => chunks.push(chunk.toString()))
      .on('end', resolve)
      .on('error', reject);
  });
  return { text: chunks.join(''), converter };
}

describe('the provider statement CSV', () => {
  it('reads yuan into 分 by the digits', () => {
    expect(yuanToFen('12.30')).toBe(1230);
    expect(yuanToFen('12.3')).toBe(1230);
    expect(yuanToFen('0.07')).toBe(7);
    expect(yuanToFen('-5')).toBe(-500);
    expect(yuanToFen('1,000.00')).toBeNull();
    expect(yuanToFen('1.234')).toBeNull();
  });

  it('reads settlement times as Beijing time unless they carry a zone', () => {
    expect(settlementTime('2026-11-27 10:00:00')).toBe('2026-11-27 10:00:00+08:00');
    expect(settlementTime('2026-11-27T02:00:00Z')).toBe('2026-11-27T02:00:00Z');
    expect(settlementTime('27/11/2026')).toBeNull();
  });

  it('turns lines into COPY rows, columns found by header name', async () => {
    const { text, converter } = await convert([
      ['order_ref', 'transaction_ref', 'amount', 'fee', 'settled_at'],
      ['SO-1', 'T1', '113.00', '0.68', '2026-11-27 10:00:00'],
      [''],
    ]);
    expect(text).toBe('import-1\t2\tT1\tSO-1\t11300\t68\t2026-11-27 10:00:00+08:00\n');
    expect(converter.lines).toBe(1);
    expect(converter.problems).toEqual([]);
  });

  it('names the malformed lines', async () => {
    const { converter } = await convert([
      ['transaction_ref', 'order_ref', 'amount', 'fee', 'settled_at'],
      ['T1', 'SO-1', 'abc', '0', '2026-11-27 10:00:00'],
      ['T2', 'SO-2', '1.00', '0', 'yesterday'],
    ]);
    expect(converter.problems).toEqual([
      { field: 'line 2', message: 'amount must be yuan such as 12.30' },
      { field: 'line 3', message: 'settled_at must be a time such as 2026-11-27 10:00:00' },
    ]);
  });

  it('refuses a header without the needed columns', async () => {
    const { converter } = await convert([['ref', 'amount']]);
    expect(converter.problems[0]).toEqual({
      field: 'line 1',
      message: 'the header lacks transaction_ref, order_ref, fee, settled_at',
    });
  });
});
