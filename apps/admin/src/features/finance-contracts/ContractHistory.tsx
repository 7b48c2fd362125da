import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { StepHistory } from '../returns/StepHistory';
import { contractHistoryQuery, type ContractStatus } from './contracts.api';

/** What happened to the contract, oldest first: written, files, submitted, approved, reminded, ended. */
export function ContractHistory({ contractId }: { contractId: string }) {
  const { t, i18n } = useTranslation();
  const history = useQuery(contractHistoryQuery(contractId));
  if (history.isError) return <QueryProblem error={history.error} onRetry={() => void history.refetch()} />;
  const action = (code: string) =>
    i18n.exists(`financeContracts.historyActions.${code}`)
      ? t(`financeContracts.historyActions.${code as 'created'}`)
      : code;
  const status = (code: string) =>
    i18n.exists(`financeContracts.statuses.${code}`)
      ? t(`financeContracts.statuses.${code as ContractStatus}`)
      : code;
  // Entries that change no status (a file, a reminder) carry neither end: they show no arrow.
  const entries = (history.data ?? []).map((entry) => ({
    action: entry.action,
    from: entry.fromStatus ?? '',
    to: entry.toStatus ?? entry.fromStatus ?? '',
    note: entry.note,
    actorKind: entry.actorKind,
    actorLabel: entry.actorLabel,
    occurredAt: entry.occurredAt,
  }));
  return <StepHistory entries={entries} action={action} status={status} testId="contract-history" />;
}
