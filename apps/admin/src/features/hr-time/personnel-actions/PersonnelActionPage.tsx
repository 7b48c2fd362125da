import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Flex, Popconfirm, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PATHS } from '../../../app/paths';
import { usePermissions } from '../../../auth/use-session';
import { formatDateTime } from '../../../shared/format/date-time';
import { formatMoney } from '../../../shared/money/money';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { PageSpinner } from '../../../shared/ui/PageSpinner';
import { QueryProblem } from '../../../shared/ui/QueryProblem';
import { OrgUnitName } from '../../org-units/OrgUnitName';
import { EmployeeName } from '../shared/EmployeeName';
import { hrTimeProblemMessage } from '../shared/hr-time-problems';
import { ActionStatusTag } from './ActionStatusTag';
import { actionHistoryQuery, actionKeys, actionQuery, cancelAction } from './personnel-actions.api';

/** One personnel action: what changes from when, where its approval stands, and its history. */
export function PersonnelActionPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const queryClient = useQueryClient();
  const { actionId = '' } = useParams();
  const action = useQuery(actionQuery(actionId));
  const history = useQuery(actionHistoryQuery(actionId));
  const cancel = useMutation({
    mutationFn: () => cancelAction(actionId),
    onSuccess: () => {
      void message.success(t('hrTime.actions.cancelled'));
      void queryClient.invalidateQueries({ queryKey: actionKeys.all });
    },
    onError: (error) => void message.error(hrTimeProblemMessage(t, error)),
  });
  if (action.isPending) return <PageSpinner />;
  if (action.isError) return <QueryProblem error={action.error} onRetry={() => void action.refetch()} />;
  const a = action.data;
  const cancellable =
    can('personnel-actions:write') && (a.status === 'pending_approval' || a.status === 'approved');
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={`${t(`hrTime.actions.types.${a.type}`)} · ${a.number}`}
        subtitle={t('hrTime.actions.detailSubtitle')}
        extra={
          <Flex gap="small" align="center">
            <Link to={PATHS.personnelActions}>{t('hrTime.actions.backToList')}</Link>
            {cancellable && (
              <Popconfirm title={t('hrTime.actions.cancelConfirm')} onConfirm={() => cancel.mutate()}>
                <Button danger loading={cancel.isPending}>
                  {t('hrTime.common.cancelRequest')}
                </Button>
              </Popconfirm>
            )}
            {a.status === 'pending_approval' && can('approvals:use') && (
              <Link to={PATHS.approvals}>{t('hrTime.common.toApprovals')}</Link>
            )}
          </Flex>
        }
      />
      <Descriptions size="small" column={2} bordered data-testid="personnel-action">
        <Descriptions.Item label={t('hrTime.common.employee')}>
          <EmployeeName id={a.employeeId} />
        </Descriptions.Item>
        <Descriptions.Item label={t('hrTime.actions.unit')}>
          <OrgUnitName id={a.orgUnitId} />
        </Descriptions.Item>
        <Descriptions.Item label={t('hrTime.actions.effectiveOn')}>{a.effectiveOn}</Descriptions.Item>
        <Descriptions.Item label={t('hrTime.common.status')}>
          <ActionStatusTag status={a.status} />
        </Descriptions.Item>
        {a.changes.grade && (
          <Descriptions.Item label={t('hrTime.actions.grade')}>{a.changes.grade}</Descriptions.Item>
        )}
        {a.changes.salary !== undefined && (
          <Descriptions.Item label={t('hrTime.actions.salary')}>
            {formatMoney(a.changes.salary)}
          </Descriptions.Item>
        )}
        {a.changes.amount !== undefined && (
          <Descriptions.Item label={t('hrTime.actions.amount')}>
            {formatMoney(a.changes.amount)}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('hrTime.common.reason')} span={2}>
          {a.reason}
        </Descriptions.Item>
      </Descriptions>
      <Card size="small" title={t('hrTime.actions.history')}>
        {history.isError && <QueryProblem error={history.error} onRetry={() => void history.refetch()} />}
        <Timeline
          items={(history.data ?? []).map((entry) => ({
            key: entry.id,
            children: (
              <span>
                {formatDateTime(entry.occurredAt, i18n.language)} · {entry.action}
                {entry.actorLabel ? ` · ${entry.actorLabel}` : ''}
                {entry.note ? ` — ${entry.note}` : ''}
              </span>
            ),
          }))}
        />
      </Card>
    </Flex>
  );
}
