import type { LedgerAccount } from './ledger.api';

export type AccountNode = LedgerAccount & { children?: AccountNode[] };

/** The chart as a tree (一级 → 明细科目), each level by code; accounts whose parent is missing stay at the top. */
export function accountTree(accounts: readonly LedgerAccount[]): AccountNode[] {
  const byId = new Map<string, AccountNode>(accounts.map((a) => [a.id, { ...a }]));
  const roots: AccountNode[] = [];
  for (const node of [...byId.values()].sort((a, b) => a.code.localeCompare(b.code))) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

/** The first free sub-account code under a parent: its code plus the next two digits not yet used. */
export function nextSubAccountCode(parent: LedgerAccount, accounts: readonly LedgerAccount[]): string {
  const taken = new Set(accounts.map((a) => a.code));
  for (let n = 1; n <= 99; n += 1) {
    const code = `${parent.code}${String(n).padStart(2, '0')}`;
    if (!taken.has(code)) return code;
  }
  return `${parent.code}99`;
}
