import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/date-time';
import type { HistoryEntry } from './purchasing.api';

interface HistoryTimelineProps {
  entries: readonly HistoryEntry[];
  statusLabel(status: string): string;
}

/** What happened to a document, oldest first: the action, the status it moved to, who, and any note. */
export function HistoryTimeline({ entries, statusLabel }: HistoryTimelineProps) {
  const { t, i18n } = useTranslation();
  const actionLabel = (action: string) => {
    const key = `purchasing.historyActions.${action}`;
    return i18n.exists(key) ? t(key as 'purchasing.historyActions.created') : action;
  };
  if (entries.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('purchasing.history.empty')} />;
  return (
    <Timeline
      data-testid="document-history"
      items={entries.map((entry) => ({
        key: entry.id,
        content: (
          <div>
            <Typography.Text strong>{actionLabel(entry.action)}</Typography.Text>
            {entry.toStatus && entry.toStatus !== entry.fromStatus && (
              <Typography.Text> → {statusLabel(entry.toStatus)}</Typography.Text>
            )}
            <div>
              <Typography.Text type="secondary">
                {formatDateTime(entry.occurredAt, i18n.language)} ·{' '}
                {entry.actorLabel ??
                  t(`inventory.actorKinds.${entry.actorKind as 'user' | 'api-key' | 'system'}`)}
              </Typography.Text>
            </div>
            {entry.note && <div style={{ whiteSpace: 'pre-wrap' }}>{entry.note}</div>}
          </div>
        ),
      }))}
    />
  );
}
