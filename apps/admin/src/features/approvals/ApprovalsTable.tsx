import { Button, Table, Typography, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/date-time';
import { PersonName } from '../users/PersonName';
import { currentStepOf } from './approval-steps';
import type { ApprovalRequest, ApprovalStatus } from './approvals.api';
import { ApprovalStatusTag } from './ApprovalStatusTag';
import { StepRole } from './StepRole';
import { subjectTypeLabel } from './subject-type-label';

interface ApprovalsTableProps {
  requests: readonly ApprovalRequest[];
  loading: boolean;
  emptyText: ReactNode;
  onOpen(request: ApprovalRequest): void;
}

export function ApprovalsTable({ requests, loading, emptyText, onOpen }: ApprovalsTableProps) {
  const { t, i18n } = useTranslation();
  const columns: TableProps<ApprovalRequest>['columns'] = [
    {
      key: 'number',
      dataIndex: 'number',
      title: t('approvals.columns.number'),
      // A real button, so a request opens from the keyboard too.
      render: (number: string, request) => (
        <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => onOpen(request)}>
          {number}
        </Button>
      ),
    },
    {
      key: 'title',
      dataIndex: 'title',
      title: t('approvals.columns.title'),
      render: (title: string) => (
        <Typography.Text ellipsis={{ tooltip: title }} style={{ maxWidth: 320 }}>
          {title}
        </Typography.Text>
      ),
    },
    {
      key: 'subjectType',
      dataIndex: 'subjectType',
      title: t('approvals.columns.subjectType'),
      render: (subjectType: string) => subjectTypeLabel(t, i18n, subjectType),
    },
    {
      key: 'requestedBy',
      dataIndex: 'requestedBy',
      title: t('approvals.columns.requestedBy'),
      render: (requestedBy: string) => <PersonName id={requestedBy} />,
    },
    {
      key: 'status',
      dataIndex: 'status',
      title: t('approvals.columns.status'),
      render: (status: ApprovalStatus) => <ApprovalStatusTag status={status} />,
    },
    {
      key: 'currentStep',
      title: t('approvals.columns.currentStep'),
      render: (_: unknown, request) => {
        const step = currentStepOf(request);
        return step ? (
          <StepRole step={step} />
        ) : (
          <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
        );
      },
    },
    {
      key: 'createdAt',
      dataIndex: 'createdAt',
      title: t('approvals.columns.createdAt'),
      render: (createdAt: string) => formatDateTime(createdAt, i18n.language),
    },
  ];

  return (
    <Table<ApprovalRequest>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={requests}
      loading={loading}
      pagination={false}
      onRow={(request) => ({ onClick: () => onOpen(request), style: { cursor: 'pointer' } })}
      locale={{ emptyText }}
      scroll={{ x: 'max-content' }}
    />
  );
}
