import { FilterOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tooltip, Typography, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTimestamp } from '../../shared/format/date-time';
import type { AuditEvent } from './audit.api';
import type { AuditListState } from './audit-list-state';
import { AuditAction } from './AuditAction';
import { AuditActor } from './AuditActor';
import { AuditChangeList } from './AuditChangeList';
import { AuditEntity } from './AuditEntity';

interface AuditEventsTableProps {
  events: readonly AuditEvent[];
  loading: boolean;
  emptyText: ReactNode;
  onFilter(changes: Partial<AuditListState>): void;
}

function FilterButton({ label, onClick }: { label: string; onClick(): void }) {
  return (
    <Tooltip title={label}>
      <Button type="text" size="small" icon={<FilterOutlined />} aria-label={label} onClick={onClick} />
    </Tooltip>
  );
}

export function AuditEventsTable({ events, loading, emptyText, onFilter }: AuditEventsTableProps) {
  const { t, i18n } = useTranslation();
  const columns: TableProps<AuditEvent>['columns'] = [
    {
      key: 'occurredAt',
      dataIndex: 'occurredAt',
      title: t('auditLog.columns.occurredAt'),
      render: (at: string) => (
        <span style={{ whiteSpace: 'nowrap' }}>{formatTimestamp(at, i18n.language)}</span>
      ),
    },
    {
      key: 'actor',
      title: t('auditLog.columns.actor'),
      render: (_: unknown, event) => (
        <Flex align="center" gap={4} style={{ whiteSpace: 'nowrap' }}>
          <AuditActor event={event} />
          {event.actorId && (
            <FilterButton
              label={t('auditLog.onlyThisActor')}
              onClick={() => onFilter({ actorId: event.actorId! })}
            />
          )}
        </Flex>
      ),
    },
    {
      key: 'action',
      dataIndex: 'action',
      title: t('auditLog.columns.action'),
      render: (action: string) => <AuditAction action={action} />,
    },
    {
      key: 'entity',
      title: t('auditLog.columns.entity'),
      render: (_: unknown, event) => (
        <Flex align="center" gap={4} style={{ whiteSpace: 'nowrap' }}>
          <AuditEntity event={event} />
          <FilterButton
            label={t('auditLog.onlyThisRecord')}
            onClick={() => onFilter({ entityType: event.entityType, entityId: event.entityId })}
          />
        </Flex>
      ),
    },
    {
      key: 'changes',
      dataIndex: 'changes',
      title: t('auditLog.columns.changes'),
      render: (changes: AuditEvent['changes']) => <AuditChangeList changes={changes} />,
    },
    {
      key: 'requestId',
      dataIndex: 'requestId',
      title: t('auditLog.columns.requestId'),
      render: (requestId: string | null) =>
        requestId ? (
          <Typography.Text code copyable={{ text: requestId }} title={requestId}>
            {requestId.slice(0, 8)}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
        ),
    },
  ];

  return (
    <Table<AuditEvent>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={events}
      loading={loading}
      pagination={false}
      locale={{ emptyText }}
      scroll={{ x: 'max-content' }}
    />
  );
}
