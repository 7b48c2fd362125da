import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { StepHistory } from '../returns/StepHistory';
import { claimHistoryQuery, type ClaimStatus } from './expenses.api';

/** What happened to the claim, oldest first: written, receipts, submitted, each approval, returned, paid. */
export function ClaimHistory({ claimId }: { claimId: string }) {
  const { t, i18n } = useTranslation();
  const history = useQuery(claimHistoryQuery(claimId));
  if (history.isError) return <QueryProblem error={history.error} onRetry={() => void history.refetch()} />;
  const action = (code: string) =>
    i18n.exists(`financeExpenses.historyActions.${code}`)
      ? t(`financeExpenses.historyActions.${code as 'created'}`)
      : code;
  const status = (code: string) =>
    i18n.exists(`financeExpenses.statuses.${code}`)
      ? t(`financeExpenses.statuses.${code as ClaimStatus}`)
      : code;
  // Entries that change no status (a receipt, an override) carry neither end: they show no arrow.
  const entries = (history.data ?? []).map((entry) => ({
    action: entry.action,
    from: entry.fromStatus ?? '',
    to: entry.toStatus ?? entry.fromStatus ?? '',
    note: entry.note,
    actorKind: entry.actorKind,
    actorLabel: entry.actorLabel,
    occurredAt: entry.occurredAt,
  }));
  return <StepHistory entries={entries} action={action} status={status} testId="claim-history" />;
}
