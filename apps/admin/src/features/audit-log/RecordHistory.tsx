import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Empty, Flex, Spin, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTimestamp } from '../../shared/format/date-time';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { recordHistoryQuery, type AuditEvent } from './audit.api';
import { AuditAction } from './AuditAction';
import { AuditActor } from './AuditActor';
import { AuditChangeList } from './AuditChangeList';

interface RecordHistoryProps {
  /** The record's table, as the audit trail names it (org_unit, user_account, api_key). */
  entityType: string;
  entityId: string;
}

function HistoryEntry({ event }: { event: AuditEvent }) {
  const { t, i18n } = useTranslation();
  return (
    <Flex vertical gap={4}>
      <Flex gap="small" align="center" wrap>
        <Typography.Text strong>{formatTimestamp(event.occurredAt, i18n.language)}</Typography.Text>
        <AuditAction action={event.action} />
        <AuditActor event={event} />
      </Flex>
      <AuditChangeList changes={event.changes} />
      {event.requestId && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} copyable={{ text: event.requestId }}>
          {t('auditLog.history.requestId', { id: event.requestId.slice(0, 8) })}
        </Typography.Text>
      )}
    </Flex>
  );
}

/**
 * One record's history from the audit trail, newest first: when, who, what changed. Needs audit-events:read;
 * callers show it only to holders.
 */
export function RecordHistory({ entityType, entityId }: RecordHistoryProps) {
  const { t } = useTranslation();
  const history = useInfiniteQuery(recordHistoryQuery(entityType, entityId));
  if (history.isPending) return <Spin />;
  if (history.isError) return <ProblemAlert error={history.error} onRetry={() => void history.refetch()} />;
  const events = history.data.pages.flatMap((page) => page.data);
  if (events.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('auditLog.history.empty')} />;
  return (
    <Flex vertical gap="small" data-testid="record-history">
      <Timeline
        items={events.map((event) => ({
          key: event.id,
          content: <HistoryEntry event={event} />,
        }))}
      />
      {history.hasNextPage && (
        <Button onClick={() => void history.fetchNextPage()} loading={history.isFetchingNextPage}>
          {t('common.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
