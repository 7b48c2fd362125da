import {
  categoryPathKey,
  formatAttributes,
  formatYuan,
  parseAttributes,
  parseYuan,
  protectFromFormulas,
  sameAttributes,
  unprotectFromFormulas,
} from './catalog-csv.values';

describe('money in yuan', () => {
  it.each([
    ['39.9', 3990],
    ['39.90', 3990],
    ['39', 3900],
    ['0.29', 29],
    ['0.07', 7],
    ['0', 0],
    ['1.1', 110],
    ['100000000.00', 100_000_000_00],
  ])('reads %s as %i 分, exactly', (text, fen) => {
    expect(parseYuan(text)).toEqual({ value: fen });
  });

  it.each([
    ['39.999', 'at most two decimals'],
    ['-1', 'must not be negative'],
    ['1,299.00', 'yuan with up to two decimals'],
    ['¥39.90', 'yuan with up to two decimals'],
    ['39.', 'yuan with up to two decimals'],
    ['.5', 'yuan with up to two decimals'],
    ['1e3', 'yuan with up to two decimals'],
    ['100000000.01', 'at most 100000000.00'],
    ['99999999999999999999', 'at most 100000000.00'],
  ])('refuses %s', (text, message) => {
    expect(parseYuan(text)).toEqual({ error: expect.stringContaining(message) });
  });

  it('writes 分 as yuan with two decimals, and reads every such value back', () => {
    expect(formatYuan(3990)).toBe('39.90');
    expect(formatYuan(7)).toBe('0.07');
    expect(formatYuan(0)).toBe('0.00');
    for (let fen = 0; fen < 20_000; fen += 3) expect(parseYuan(formatYuan(fen))).toEqual({ value: fen });
  });
});

describe('attributes', () => {
  it('reads "颜色=黑色; 尺码=XL" and writes it back the same', () => {
    expect(parseAttributes('颜色=黑色; 尺码=XL')).toEqual({ value: { 颜色: '黑色', 尺码: 'XL' } });
    expect(formatAttributes({ 颜色: '黑色', 尺码: 'XL' })).toBe('颜色=黑色; 尺码=XL');
  });

  it('tolerates spaces, a trailing ; and an empty cell', () => {
    expect(parseAttributes(' 颜色 = 黑色 ;尺码=XL; ')).toEqual({ value: { 颜色: '黑色', 尺码: 'XL' } });
    expect(parseAttributes('')).toEqual({ value: {} });
    expect(parseAttributes('容量=')).toEqual({ value: { 容量: '' } });
  });

  it('escapes ; = and \\ so any name and value survive', () => {
    const attributes = { 'a;b': 'x=y', 'c\\d': 'S;M;L' };
    const text = formatAttributes(attributes);
    expect(text).toBe('a\\;b=x\\=y; c\\\\d=S\\;M\\;L');
    expect(parseAttributes(text)).toEqual({ value: attributes });
  });

  it.each([
    ['颜色黑色', 'needs a value'],
    ['=黑色', 'needs a name'],
    ['颜色=黑=白', 'more than one ='],
    ['颜色=黑色; 颜色=白色', 'appears twice'],
    [`颜色=${'长'.repeat(51)}`, 'at most 50 characters'],
    [Array.from({ length: 21 }, (_, i) => `a${i}=1`).join('; '), 'at most 20'],
    ['颜色=黑色\\', 'lone \\'],
  ])('refuses %s', (text, message) => {
    expect(parseAttributes(text)).toEqual({ error: expect.stringContaining(message) });
  });

  it('compares attributes regardless of order', () => {
    expect(sameAttributes({ a: '1', b: '2' }, { b: '2', a: '1' })).toBe(true);
    expect(sameAttributes({ a: '1' }, { a: '1', b: '2' })).toBe(false);
    expect(sameAttributes({ a: '1' }, { a: '2' })).toBe(false);
  });
});

describe('category paths', () => {
  it('compare by trimmed segments, ignoring case', () => {
    expect(categoryPathKey('手机配件 / 手机壳')).toBe(categoryPathKey('手机配件/手机壳 '));
    expect(categoryPathKey('Audio / Earbuds')).toBe(categoryPathKey('audio / earbuds'));
    expect(categoryPathKey('手机配件 / 手机壳')).not.toBe(categoryPathKey('手机配件'));
  });
});

describe('cells that spreadsheets would run as formulas', () => {
  it.each(['=HYPERLINK("http://x")', '+1', '-20度 羽绒服', '@SUM(A1)', "'=already quoted", "''+1"])(
    'are quoted on export and restored on import: %s',
    (value) => {
      const cell = protectFromFormulas(value);
      expect(cell.startsWith("'")).toBe(true);
      expect(unprotectFromFormulas(cell)).toBe(value);
    },
  );

  it.each(['手机壳', "it's", "'plain", '39.90', ''])('leave everything else alone: %s', (value) => {
    expect(protectFromFormulas(value)).toBe(value);
    expect(unprotectFromFormulas(value)).toBe(value);
  });
});
