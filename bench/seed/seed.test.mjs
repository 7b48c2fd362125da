// `node --test bench/`: the generator's pure parts (no database).
import assert from 'node:assert/strict';
import test from 'node:test';
import { beijingDay, beijingInstant, workingDays } from './calendar.mjs';
import { decode, encode } from './copy.mjs';
import { createRandom } from './prng.mjs';
import { sizesFor } from './sizes.mjs';
import { extrasAfter } from './stages/statement.mjs';

test('the same seed gives the same sequence, another seed another one', () => {
  const a = createRandom('s');
  const b = createRandom('s');
  const c = createRandom('t');
  const draw = (r) => Array.from({ length: 5 }, () => r.random());
  const first = draw(a);
  assert.deepEqual(first, draw(b));
  assert.notDeepEqual(first, draw(c));
});

test('UUIDv7s follow the time they are made for, and are well-formed', () => {
  const random = createRandom('ids');
  const ids = [1_700_000_000_000, 1_700_000_000_001, 1_800_000_000_000].map((ms) => random.uuidv7(ms));
  for (const id of ids)
    assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.deepEqual([...ids].sort(), ids);
});

test('COPY text encoding round-trips tabs, newlines, backslashes, nulls, arrays and JSON', () => {
  for (const value of ['a\tb', 'line\nnext', 'back\\slash', '中文', ''])
    assert.equal(decode(encode(value)), value);
  assert.equal(encode(null), '\\N');
  assert.equal(decode(encode(['手机', 'a"b'])), '{"手机","a\\"b"}');
  assert.equal(decode(encode({ 规格: '黑色' })), '{"规格":"黑色"}');
});

test('sizes scale with the number of orders, the issue’s at one million', () => {
  assert.deepEqual(
    {
      skus: sizesFor(1_000_000).skus,
      customers: sizesFor(1_000_000).customers,
      employees: sizesFor(1_000_000).employees,
      statementLines: sizesFor(1_000_000).statementLines,
    },
    { skus: 100_000, customers: 200_000, employees: 5_000, statementLines: 1_000_000 },
  );
  assert.ok(sizesFor(20_000).skus >= 300 && sizesFor(20_000).skus < sizesFor(100_000).skus);
});

test('skewed picks favour the first items and stay in range', () => {
  const random = createRandom('skew');
  const picks = Array.from({ length: 10_000 }, () => random.skewed(100));
  assert.ok(picks.every((p) => p >= 0 && p < 100));
  assert.ok(picks.filter((p) => p < 10).length > picks.filter((p) => p >= 90).length * 5);
});

test('working days follow the calendar: weekdays, less holidays, plus make-up workdays', () => {
  const exceptions = new Map([
    ['2026-10-01', 'holiday'],
    ['2026-10-02', 'holiday'],
    ['2026-10-10', 'make-up-workday'],
  ]);
  // 2026-10-01 is a Thursday; 10-10 a Saturday.
  assert.deepEqual(workingDays('2026-09-30', '2026-10-10', exceptions), [
    '2026-09-30',
    '2026-10-05',
    '2026-10-06',
    '2026-10-07',
    '2026-10-08',
    '2026-10-09',
    '2026-10-10',
  ]);
  assert.equal(beijingDay(Date.parse('2026-10-01T16:30:00Z')), '2026-10-02');
  assert.equal(new Date(beijingInstant('2026-10-02', 9 * 60)).toISOString(), '2026-10-02T01:00:00.000Z');
});

test('the statement interleaves exactly the lines beyond the payments, evenly', () => {
  for (const [payments, lines] of [
    [642_399, 1_000_000],
    [7, 10],
    [10, 10],
    [3, 100],
  ]) {
    let extras = 0;
    let most = 0;
    for (let k = 0; k < payments; k++) {
      const n = extrasAfter(k, payments, lines);
      extras += n;
      most = Math.max(most, n);
    }
    assert.equal(payments + extras, lines);
    assert.ok(most <= Math.ceil((lines - payments) / payments));
  }
});
