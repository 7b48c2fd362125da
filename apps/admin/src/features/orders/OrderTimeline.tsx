import { LockOutlined, MessageOutlined } from '@ant-design/icons';
import { Empty, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/date-time';
import { orderTimelineItems, type TimelineItem } from './order-timeline';
import type { OrderNote, OrderStatus, OrderTimelineEntry } from './orders.api';

const STEP_COLOURS: Record<string, string> = { cancelled: 'red', completed: 'green', delivered: 'green' };

function StepContent({ entry }: { entry: OrderTimelineEntry }) {
  const { t, i18n } = useTranslation();
  const action = i18n.exists(`orders.timelineActions.${entry.action}`)
    ? t(`orders.timelineActions.${entry.action as 'placed'}`)
    : entry.action;
  const status = (value: string) =>
    i18n.exists(`orders.statuses.${value}`) ? t(`orders.statuses.${value as OrderStatus}`) : value;
  const who = entry.actorLabel ?? t(`orders.actorKinds.${entry.actorKind}`);
  const details = ['carrier', 'trackingNumber', 'reason']
    .map((key) => entry.data[key])
    .filter((value): value is string => typeof value === 'string' && value.length > 0);
  return (
    <div>
      <Typography.Text strong>{action}</Typography.Text>
      {entry.to !== entry.from && <Typography.Text> → {status(entry.to)}</Typography.Text>}
      <div>
        <Typography.Text type="secondary">
          {formatDateTime(entry.occurredAt, i18n.language)} · {who}
        </Typography.Text>
      </div>
      {details.length > 0 && <div>{details.join(' · ')}</div>}
      {entry.note && <div style={{ whiteSpace: 'pre-wrap' }}>{entry.note}</div>}
    </div>
  );
}

function NoteContent({ note }: { note: OrderNote }) {
  const { t, i18n } = useTranslation();
  return (
    <div>
      <Tag
        icon={note.internal ? <LockOutlined /> : <MessageOutlined />}
        color={note.internal ? 'purple' : 'blue'}
      >
        {note.internal ? t('orders.notes.internal') : t('orders.notes.public')}
      </Tag>
      <Typography.Text type="secondary">
        {formatDateTime(note.createdAt, i18n.language)} · {note.authorLabel ?? t('orders.actorKinds.system')}
      </Typography.Text>
      <div style={{ whiteSpace: 'pre-wrap' }}>{note.text}</div>
    </div>
  );
}

const colourOf = (item: TimelineItem) =>
  item.kind === 'note' ? 'gray' : (STEP_COLOURS[item.entry.to] ?? 'blue');

/** 时间线: every status change (who, when, carrier and tracking, why) and every note, oldest first. */
export function OrderTimeline({
  entries,
  notes,
}: {
  entries: readonly OrderTimelineEntry[];
  notes: readonly OrderNote[];
}) {
  const { t } = useTranslation();
  const items = orderTimelineItems(entries, notes);
  if (items.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orders.timeline.empty')} />;
  return (
    <Timeline
      data-testid="order-timeline"
      items={items.map((item) => ({
        key: `${item.kind}-${item.id}`,
        color: colourOf(item),
        content: item.kind === 'step' ? <StepContent entry={item.entry} /> : <NoteContent note={item.note} />,
      }))}
    />
  );
}
