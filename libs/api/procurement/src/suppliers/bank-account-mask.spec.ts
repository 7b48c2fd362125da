import { maskBankAccount } from './bank-account-mask';

describe('maskBankAccount', () => {
  it('shows the first and last four digits of a card-length account', () => {
    expect(maskBankAccount('6222021234561234')).toBe('6222 **** **** 1234');
    expect(maskBankAccount('6222 0212 3456 1234')).toBe('6222 **** **** 1234');
  });

  it('masks every middle digit of longer accounts', () => {
    expect(maskBankAccount('6217000010012345678')).toBe('6217 **** **** *** 5678');
  });

  it('keeps only the last four of short numbers, and nothing of none', () => {
    expect(maskBankAccount('12345678')).toBe('****5678');
    expect(maskBankAccount('123')).toBe('****');
    expect(maskBankAccount(null)).toBeNull();
  });
});
