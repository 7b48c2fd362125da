import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/date-time';

export interface StepHistoryEntry {
  action: string;
  from: string | null;
  to: string;
  note: string | null;
  actorKind: string;
  actorLabel: string | null;
  occurredAt: string;
}

const COLOURS: Record<string, string> = {
  rejected: 'red',
  discrepancy: 'red',
  refunded: 'green',
  exchanged: 'green',
  confirmed: 'green',
  resolved: 'green',
};

/**
 * The history of an after-sales record (a return, a COD batch), oldest first: the step, the status it led to,
 * who and when, and the note or reason given. `action` and `status` put the API's codes in words.
 */
export function StepHistory({
  entries,
  action,
  status,
  testId,
}: {
  entries: readonly StepHistoryEntry[];
  action(code: string): string;
  status(code: string): string;
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orders.timeline.empty')} />;
  return (
    <Timeline
      data-testid={testId}
      items={entries.map((entry, index) => ({
        key: `${index}-${entry.action}`,
        color: COLOURS[entry.to] ?? 'blue',
        content: (
          <div>
            <Typography.Text strong>{action(entry.action)}</Typography.Text>
            {entry.to !== entry.from && <Typography.Text> → {status(entry.to)}</Typography.Text>}
            <div>
              <Typography.Text type="secondary">
                {formatDateTime(entry.occurredAt, i18n.language)} ·{' '}
                {entry.actorLabel ?? t('orders.actorKinds.system')}
              </Typography.Text>
            </div>
            {entry.note && <div style={{ whiteSpace: 'pre-wrap' }}>{entry.note}</div>}
          </div>
        ),
      }))}
    />
  );
}
