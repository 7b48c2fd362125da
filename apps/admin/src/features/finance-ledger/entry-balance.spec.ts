import { describe, expect, it } from 'vitest';
import { entryBalance, toEntryLines } from './entry-balance';

describe('entryBalance', () => {
  it('allows saving only when debits equal credits, to the 分', () => {
    const lines = [
      { accountCode: '6602', debit: '0.1' },
      { accountCode: '6602', debit: '0.2' },
      { accountCode: '1002', credit: '0.3' },
    ];
    // 0.1 + 0.2 is 30 分 exactly: no float drift between the sides.
    expect(entryBalance(lines)).toMatchObject({ debit: 30, credit: 30, difference: 0, canSave: true });
    const short = entryBalance([...lines.slice(0, 2), { accountCode: '1002', credit: '0.29' }]);
    expect(short).toMatchObject({ difference: 1, canSave: false });
  });

  it('refuses a line on both sides, a line with no amount, a bad amount and a line with no account', () => {
    const balance = entryBalance([
      { accountCode: '6602', debit: '10', credit: '10' },
      { accountCode: '1002' },
      { accountCode: '1002', credit: '1.234' },
      { debit: '5' },
    ]);
    expect(balance.lineProblems).toEqual(['bothSides', 'amount', 'amount', 'account']);
    expect(balance.canSave).toBe(false);
  });

  it('needs two lines and a total above zero', () => {
    expect(entryBalance([{ accountCode: '6602', debit: '1' }]).canSave).toBe(false);
    expect(entryBalance([]).canSave).toBe(false);
  });

  it('sends each line on its own side in 分', () => {
    expect(
      toEntryLines([
        { accountCode: '6602', debit: '1,200.50', memo: ' 办公用品 ' },
        { accountCode: '1002', credit: '¥1200.5', memo: '' },
      ]),
    ).toEqual([
      { accountCode: '6602', debit: 120050, memo: '办公用品' },
      { accountCode: '1002', credit: 120050, memo: undefined },
    ]);
  });
});
