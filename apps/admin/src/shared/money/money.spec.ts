import { describe, expect, it } from 'vitest';
import {
  formatBasisPoints,
  formatMoney,
  MAX_MINOR_UNITS,
  minorUnitsToYuanText,
  percentToBasisPoints,
  yuanToMinorUnits,
} from './money';

describe('yuanToMinorUnits', () => {
  it('turns yuan with up to two decimals into whole 分', () => {
    expect(yuanToMinorUnits('49.9')).toBe(4990);
    expect(yuanToMinorUnits('49.90')).toBe(4990);
    expect(yuanToMinorUnits('49')).toBe(4900);
    expect(yuanToMinorUnits('49.')).toBe(4900);
    expect(yuanToMinorUnits('0.05')).toBe(5);
    expect(yuanToMinorUnits('0')).toBe(0);
  });

  it('is exact where floating point is not', () => {
    // 19.99 * 100 === 1998.9999999999998 and 0.29 * 100 === 28.999999999999996 in floating point.
    expect(yuanToMinorUnits('19.99')).toBe(1999);
    expect(yuanToMinorUnits('0.29')).toBe(29);
    expect(yuanToMinorUnits('1.13')).toBe(113);
    expect(yuanToMinorUnits('4.35')).toBe(435);
    expect(Number.isInteger(yuanToMinorUnits('8888888.88'))).toBe(true);
    expect(yuanToMinorUnits('8888888.88')).toBe(888888888);
  });

  it('accepts what people paste: a ¥ sign, thousands separators, spaces', () => {
    expect(yuanToMinorUnits(' ¥1,299.00 ')).toBe(129900);
    expect(yuanToMinorUnits('￥35')).toBe(3500);
  });

  it('refuses what is not an amount of whole 分', () => {
    for (const text of ['', ' ', '.5', '1.234', '-3', 'abc', '1e3', '12,34.5.6', '0x10', 'Infinity'])
      expect(yuanToMinorUnits(text), text).toBeUndefined();
  });

  it('refuses amounts above the API’s maximum', () => {
    expect(yuanToMinorUnits('100000000')).toBe(MAX_MINOR_UNITS);
    expect(yuanToMinorUnits('100000000.01')).toBeUndefined();
  });

  it('round-trips with minorUnitsToYuanText', () => {
    for (const minor of [0, 1, 10, 99, 100, 4990, 129900, 1999, MAX_MINOR_UNITS])
      expect(yuanToMinorUnits(minorUnitsToYuanText(minor))).toBe(minor);
  });
});

describe('formatMoney', () => {
  it('shows ¥ with two decimals and digit grouping', () => {
    expect(formatMoney(4990)).toBe('¥49.90');
    expect(formatMoney(5)).toBe('¥0.05');
    expect(formatMoney(0)).toBe('¥0.00');
    expect(formatMoney(129900)).toBe('¥1,299.00');
    expect(formatMoney(123456789)).toBe('¥1,234,567.89');
    expect(formatMoney(-3000)).toBe('-¥30.00');
  });
});

describe('basis points', () => {
  it('shows them as a percentage', () => {
    expect(formatBasisPoints(1250)).toBe('12.5%');
    expect(formatBasisPoints(1000)).toBe('10%');
    expect(formatBasisPoints(5)).toBe('0.05%');
  });

  it('reads a percentage exactly', () => {
    expect(percentToBasisPoints('12.5')).toBe(1250);
    expect(percentToBasisPoints('15%')).toBe(1500);
    expect(percentToBasisPoints('0.01')).toBe(1);
    expect(percentToBasisPoints('0')).toBeUndefined();
    expect(percentToBasisPoints('100')).toBeUndefined();
    expect(percentToBasisPoints('1.234')).toBeUndefined();
  });
});
