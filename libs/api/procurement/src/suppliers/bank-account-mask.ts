/**
 * A bank account as people without suppliers:bank-read see it: the first and last four digits, the rest as
 * asterisks in groups of four (`6222 **** **** 1234`) — enough to tell two accounts apart, not to pay into.
 * Short numbers keep only their last four.
 */
export function maskBankAccount(account: string | null): string | null {
  if (account === null) return null;
  const digits = account.replace(/\s+/g, '');
  if (digits.length <= 4) return '****';
  if (digits.length <= 8) return '*'.repeat(digits.length - 4) + digits.slice(-4);
  const middle = digits.length - 8;
  const groups: string[] = [];
  for (let left = middle; left > 0; left -= 4) groups.push('*'.repeat(Math.min(4, left)));
  return [digits.slice(0, 4), ...groups, digits.slice(-4)].join(' ');
}
