import type { JournalEntry, LedgerAccount, TrialBalance } from './ledger.api';

export const ENTRY_ID = '0190a0b0-0000-7000-8000-000000000e01';
export const REVERSAL_ID = '0190a0b0-0000-7000-8000-000000000e02';

export const LEDGER_PERMISSIONS = [
  'ledger:read',
  'ledger-accounts:write',
  'journal-entries:write',
  'accounting-periods:close',
];

const pageOf = <T>(data: T[]) => ({ data, nextCursor: null, total: data.length });

export function fakeAccount(overrides: Partial<LedgerAccount> = {}): LedgerAccount {
  return {
    id: '0190a0b0-0000-7000-8000-000000000c02',
    code: '1002',
    nameZh: '银行存款',
    nameEn: 'Bank deposits',
    type: 'asset',
    normalBalance: 'debit',
    parentId: null,
    level: 1,
    isLeaf: true,
    system: true,
    active: true,
    version: 1,
    ...overrides,
  };
}

export const bank = fakeAccount();
export const adminExpenses = fakeAccount({
  id: '0190a0b0-0000-7000-8000-000000000c66',
  code: '6602',
  nameZh: '管理费用',
  nameEn: 'Administrative expenses',
  type: 'expense',
  isLeaf: false,
});
export const officeSupplies = fakeAccount({
  id: '0190a0b0-0000-7000-8000-000000000c67',
  code: '660201',
  nameZh: '管理费用-办公费',
  nameEn: 'Administrative expenses - office',
  type: 'expense',
  parentId: adminExpenses.id,
  level: 2,
  system: false,
});

export const accountsPage = () => pageOf([bank, adminExpenses, officeSupplies]);

export function fakeEntry(overrides: Partial<JournalEntry> = {}): JournalEntry {
  return {
    id: ENTRY_ID,
    number: 'JV-202611-0001',
    period: '2026-11',
    entryDate: '2026-11-27',
    status: 'posted',
    description: '购买办公用品',
    totalAmount: 120050,
    currency: 'CNY',
    source: null,
    reversesId: null,
    postedAt: '2026-11-27T08:00:00.000Z',
    version: 2,
    reversedById: null,
    postedBy: null,
    createdBy: null,
    createdAt: '2026-11-27T07:00:00.000Z',
    lines: [
      {
        id: '0190a0b0-0000-7000-8000-000000000f01',
        lineNo: 1,
        accountId: officeSupplies.id,
        accountCode: '660201',
        accountNameZh: '管理费用-办公费',
        accountNameEn: 'Administrative expenses - office',
        debit: 120050,
        credit: 0,
        currency: 'CNY',
        memo: '打印纸',
        orgUnitId: null,
      },
      {
        id: '0190a0b0-0000-7000-8000-000000000f02',
        lineNo: 2,
        accountId: bank.id,
        accountCode: '1002',
        accountNameZh: '银行存款',
        accountNameEn: 'Bank deposits',
        debit: 0,
        credit: 120050,
        currency: 'CNY',
        memo: null,
        orgUnitId: null,
      },
    ],
    ...overrides,
  };
}

export function fakeTrialBalance(): TrialBalance {
  const row = (account: LedgerAccount, debit: number, credit: number) => ({
    accountId: account.id,
    code: account.code,
    nameZh: account.nameZh,
    nameEn: account.nameEn,
    type: account.type,
    normalBalance: account.normalBalance,
    level: account.level,
    isLeaf: account.isLeaf,
    openingDebit: 0,
    openingCredit: 0,
    debit,
    credit,
    closingDebit: debit > credit ? debit - credit : 0,
    closingCredit: credit > debit ? credit - debit : 0,
  });
  return {
    period: '2026-11',
    rows: [row(bank, 0, 120050), row(adminExpenses, 120050, 0), row(officeSupplies, 120050, 0)],
    totals: {
      openingDebit: 0,
      openingCredit: 0,
      debit: 120050,
      credit: 120050,
      closingDebit: 120050,
      closingCredit: 120050,
    },
    balanced: true,
  };
}
