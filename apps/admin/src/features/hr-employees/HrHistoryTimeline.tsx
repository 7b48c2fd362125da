import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/date-time';
import type { HrHistoryEntry } from './employees.api';

/** What happened to an HR record, oldest first: the action in our words when we know it, who, and any note. */
export function HrHistoryTimeline({ entries }: { entries: readonly HrHistoryEntry[] }) {
  const { t, i18n } = useTranslation();
  const label = (action: string) => {
    const key = `hrPeople.historyActions.${action}`;
    if (i18n.exists(key)) return t(key as 'hrPeople.historyActions.hired');
    const stage = `hrPeople.candidate.stages.${action}`;
    return i18n.exists(stage) ? t(stage as 'hrPeople.candidate.stages.offer') : action;
  };
  // A candidate's move is recorded as "from→to".
  const actionLabel = (action: string) => action.split('→').map(label).join(' → ');
  if (entries.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('hrPeople.history.empty')} />;
  return (
    <Timeline
      data-testid="hr-history"
      items={entries.map((entry) => ({
        key: entry.id,
        content: (
          <div>
            <Typography.Text strong>{actionLabel(entry.action)}</Typography.Text>
            <div>
              <Typography.Text type="secondary">
                {formatDateTime(String(entry.occurredAt), i18n.language)} ·{' '}
                {entry.actorLabel ?? t(`hrPeople.history.actorKinds.${entry.actorKind as 'user'}`)}
              </Typography.Text>
            </div>
            {entry.note && <div style={{ whiteSpace: 'pre-wrap' }}>{entry.note}</div>}
          </div>
        ),
      }))}
    />
  );
}
