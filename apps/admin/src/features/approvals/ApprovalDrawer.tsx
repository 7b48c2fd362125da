import { useQuery } from '@tanstack/react-query';
import { Descriptions, Divider, Drawer, Flex, Spin, Typography, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/use-session';
import { formatDateTime } from '../../shared/format/date-time';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { OrgUnitName } from '../org-units/OrgUnitName';
import { PersonName } from '../users/PersonName';
import { approvalActions } from './approval-actions';
import { ApprovalDecisionForm } from './ApprovalDecisionForm';
import { approvalInboxIdsQuery, approvalQuery, type ApprovalRequest } from './approvals.api';
import { ApprovalStatusTag } from './ApprovalStatusTag';
import { ApprovalSteps } from './ApprovalSteps';
import { CancelApprovalButton } from './CancelApprovalButton';
import { subjectTypeLabel } from './subject-type-label';

function ApprovalDetail({ request }: { request: ApprovalRequest }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  // Only a pending request of someone else's can be the user's to decide; only then is the inbox asked.
  const inbox = useQuery({
    ...approvalInboxIdsQuery(),
    enabled: request.status === 'pending' && request.requestedBy !== me.id,
  });
  const actions = approvalActions(request, me.id, inbox.data);

  const facts: DescriptionsProps['items'] = [
    {
      key: 'status',
      label: t('approvals.columns.status'),
      children: <ApprovalStatusTag status={request.status} />,
    },
    { key: 'title', label: t('approvals.columns.title'), children: request.title },
    ...(request.summary
      ? [
          {
            key: 'summary',
            label: t('approvals.detail.summary'),
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{request.summary}</span>,
          },
        ]
      : []),
    {
      key: 'subject',
      label: t('approvals.detail.subject'),
      children: (
        <span title={request.subjectId}>
          {subjectTypeLabel(t, i18n, request.subjectType)}{' '}
          <Typography.Text type="secondary">{request.subjectId}</Typography.Text>
        </span>
      ),
    },
    {
      key: 'orgUnit',
      label: t('approvals.detail.orgUnit'),
      children: <OrgUnitName id={request.orgUnitId} noneText={t('common.wholeCompany')} />,
    },
    {
      key: 'requestedBy',
      label: t('approvals.detail.requestedBy'),
      children: <PersonName id={request.requestedBy} />,
    },
    {
      key: 'createdAt',
      label: t('approvals.detail.createdAt'),
      children: formatDateTime(request.createdAt, i18n.language),
    },
    ...(request.finishedAt
      ? [
          {
            key: 'finishedAt',
            label: t('approvals.detail.finishedAt'),
            children: formatDateTime(request.finishedAt, i18n.language),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap="middle">
      <Descriptions column={1} size="small" items={facts} />
      <Divider style={{ margin: 0 }} />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('approvals.detail.chain')}
      </Typography.Title>
      <ApprovalSteps request={request} />
      {actions.canDecide && (
        <>
          <Divider style={{ margin: 0 }} />
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('approvals.decide.title')}
          </Typography.Title>
          <ApprovalDecisionForm key={request.version} request={request} />
        </>
      )}
      {actions.canCancel && (
        <Flex justify="end">
          <CancelApprovalButton request={request} />
        </Flex>
      )}
    </Flex>
  );
}

interface ApprovalDrawerProps {
  requestId: string | undefined;
  open: boolean;
  onClose(): void;
}

/** One request: its facts, the chain of steps, and what the user may do with it. Esc closes it. */
export function ApprovalDrawer({ requestId, open, onClose }: ApprovalDrawerProps) {
  const { t } = useTranslation();
  const request = useQuery({ ...approvalQuery(requestId ?? ''), enabled: !!requestId });
  return (
    <Drawer
      open={open}
      onClose={onClose}
      destroyOnHidden
      size={560}
      title={
        request.data ? t('approvals.detail.title', { number: request.data.number }) : t('approvals.title')
      }
    >
      {request.data ? (
        <ApprovalDetail request={request.data} />
      ) : request.isError ? (
        <QueryProblem error={request.error} onRetry={() => void request.refetch()} />
      ) : (
        <Spin />
      )}
    </Drawer>
  );
}
