import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  closePeriod,
  createAccount,
  createEntry,
  deleteEntry,
  ledgerKeys,
  postEntry,
  reopenPeriod,
  reverseEntry,
  updateAccount,
  type AccountChange,
  type JournalEntry,
  type JournalEntryInput,
  type LedgerAccount,
  type NewAccount,
} from './ledger.api';

export function useCreateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewAccount) => createAccount(input),
    // The parent stops being a leaf: the whole chart is read again.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ledgerKeys.accounts() }),
  });
}

export function useUpdateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ account, change }: { account: LedgerAccount; change: AccountChange }) =>
      updateAccount(account, change),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ledgerKeys.accounts() }),
  });
}

/** Saves a draft, and posts it at once when asked: the clerk's "save and post". */
export function useCreateEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, post }: { input: JournalEntryInput; post: boolean }) => {
      const draft = await createEntry(input);
      return post ? postEntry(draft) : draft;
    },
    onSuccess: (entry) => queryClient.setQueryData(ledgerKeys.entry(entry.id), entry),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ledgerKeys.all }),
  });
}

export type EntryStep = { step: 'post' } | { step: 'reverse'; reason: string } | { step: 'delete' };

export function useChangeEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ entry, change }: { entry: JournalEntry; change: EntryStep }) => {
      switch (change.step) {
        case 'post':
          return postEntry(entry);
        case 'reverse':
          return reverseEntry(entry, change.reason);
        case 'delete':
          await deleteEntry(entry);
          return undefined;
      }
    },
    onSuccess: (changed) => {
      if (changed) queryClient.setQueryData(ledgerKeys.entry(changed.id), changed);
    },
    // A reversal changes the original too (reversedById), and reports move: read again what is shown.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ledgerKeys.all }),
  });
}

export function useChangePeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, reopenReason }: { code: string; reopenReason?: string }) =>
      reopenReason === undefined ? closePeriod(code) : reopenPeriod(code, reopenReason),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ledgerKeys.periods() }),
  });
}
