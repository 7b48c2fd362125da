import { useQuery } from '@tanstack/react-query';
import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/date-time';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { historyQuery, type TicketStatus } from './support.api';

const ALERTS = new Set(['sla-warning', 'sla-escalated']);

/** Every change, SLA warning and escalation, oldest first. */
export function TicketHistory({ ticketId }: { ticketId: string }) {
  const { t, i18n } = useTranslation();
  const history = useQuery(historyQuery(ticketId));
  if (history.isError) return <QueryProblem error={history.error} onRetry={() => void history.refetch()} />;
  const entries = history.data ?? [];
  if (entries.length === 0 && !history.isPending)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('support.history.empty')} />;
  const actionLabel = (action: string) => {
    const key = `support.history.actions.${action}`;
    return i18n.exists(key) ? t(key as 'support.history.actions.created') : action;
  };
  return (
    <Timeline
      data-testid="ticket-history"
      items={entries.map((entry) => ({
        key: entry.id,
        color: ALERTS.has(entry.action) ? 'red' : entry.action === 'resolved' ? 'green' : 'blue',
        content: (
          <div>
            <Typography.Text strong>{actionLabel(entry.action)}</Typography.Text>
            {entry.fromStatus && entry.toStatus !== entry.fromStatus && (
              <Typography.Text> → {t(`support.statuses.${entry.toStatus as TicketStatus}`)}</Typography.Text>
            )}
            <div>
              <Typography.Text type="secondary">
                {formatDateTime(entry.occurredAt, i18n.language)} ·{' '}
                {entry.actorLabel ?? t('support.thread.system')}
              </Typography.Text>
            </div>
            {typeof entry.data.note === 'string' && entry.data.note && (
              <div style={{ whiteSpace: 'pre-wrap' }}>{entry.data.note}</div>
            )}
          </div>
        ),
      }))}
    />
  );
}
