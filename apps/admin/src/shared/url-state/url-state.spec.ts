import { describe, expect, it } from 'vitest';
import {
  differsFromFallback,
  enumParam,
  intParam,
  matchingParam,
  optionalEnumParam,
  UUID_PATTERN,
  readUrlState,
  textParam,
  writeUrlState,
  type UrlStateSpec,
} from './url-state';

interface ListState {
  kind: 'city' | 'region' | undefined;
  q: string;
  sort: 'code' | '-code';
  limit: number;
}

const spec: UrlStateSpec<ListState> = {
  kind: optionalEnumParam(['city', 'region'] as const),
  q: textParam(10),
  sort: enumParam(['code', '-code'] as const, 'code'),
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};

const read = (query: string) => readUrlState(spec, new URLSearchParams(query));

describe('readUrlState', () => {
  it('reads the values in the URL', () => {
    expect(read('kind=city&q=广州&sort=-code&limit=20')).toEqual({
      kind: 'city',
      q: '广州',
      sort: '-code',
      limit: 20,
    });
  });

  it('uses the fallbacks when the URL says nothing', () => {
    expect(read('')).toEqual({ kind: undefined, q: '', sort: 'code', limit: 50 });
  });

  it('ignores values that are not allowed instead of failing', () => {
    expect(read('kind=planet&sort=colour&limit=5000')).toEqual(read(''));
    expect(read('limit=0').limit).toBe(50);
    expect(read('limit=12abc').limit).toBe(50);
  });

  it('trims and bounds free text', () => {
    expect(read('q=%20%20abcdefghijklmn%20').q).toBe('abcdefghij');
  });
});

describe('writeUrlState', () => {
  const write = (query: string, changes: Partial<ListState>) =>
    writeUrlState(spec, new URLSearchParams(query), changes).toString();

  it('sets what changed and keeps the rest', () => {
    expect(write('kind=city', { sort: '-code' })).toBe('kind=city&sort=-code');
  });

  it('leaves fallbacks and cleared filters out of the URL', () => {
    expect(write('kind=city&sort=-code&q=x', { kind: undefined, sort: 'code', q: '  ' })).toBe('');
    expect(write('limit=20', { limit: 50 })).toBe('');
  });

  it('keeps parameters it does not manage', () => {
    expect(write('tab=history', { kind: 'region' })).toBe('tab=history&kind=region');
  });

  it('round-trips: what it writes reads back the same', () => {
    const state: ListState = { kind: 'region', q: '珠三角', sort: '-code', limit: 100 };
    expect(readUrlState(spec, writeUrlState(spec, new URLSearchParams(), state))).toEqual(state);
  });
});

describe('matchingParam', () => {
  const unit = matchingParam(UUID_PATTERN);

  it('takes a value of the expected form', () => {
    expect(unit.parse(' 0190a0b0-0000-7000-8000-000000000001 ')).toBe('0190a0b0-0000-7000-8000-000000000001');
  });

  it('ignores anything else', () => {
    expect(unit.parse('广州')).toBeUndefined();
    expect(unit.parse("1' OR 1=1")).toBeUndefined();
  });
});

describe('differsFromFallback', () => {
  it('tells whether any of the given parameters is set', () => {
    expect(differsFromFallback(spec, read('sort=-code'), ['kind', 'q'])).toBe(false);
    expect(differsFromFallback(spec, read('q=gz'), ['kind', 'q'])).toBe(true);
  });
});
