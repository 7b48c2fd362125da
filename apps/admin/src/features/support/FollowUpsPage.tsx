import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Flex,
  Form,
  Input,
  Modal,
  Radio,
  Rate,
  Segmented,
  Select,
  Table,
  Tag,
  type TableProps,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { orderPath, ticketPath } from '../../app/paths';
import { useCurrentUser, usePermissions } from '../../auth/use-session';
import { FilterBar } from '../../shared/ui/FilterBar';
import { FormActions } from '../../shared/forms/FormActions';
import { ListEmpty } from '../../shared/ui/ListEmpty';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { enumParam, optionalEnumParam, type UrlStateSpec } from '../../shared/url-state/url-state';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { CustomerName } from './CustomerName';
import { supportProblemMessage } from './support-problems';
import {
  claimVisit,
  completeVisit,
  supportKeys,
  visitsQuery,
  type CompleteVisit,
  type FollowUpVisit,
  type VisitQuery,
} from './support.api';
import { useAgentNames } from './SupportTags';

const DUE = ['worklist', 'today', 'overdue', 'all'] as const;
const VISIT_STATUSES = ['scheduled', 'done', 'unreachable', 'cancelled'] as const;
const WHOSE = ['me', 'all'] as const;

interface FollowUpListState {
  due: (typeof DUE)[number];
  status: (typeof VISIT_STATUSES)[number] | undefined;
  whose: (typeof WHOSE)[number];
}

export const followUpListSpec: UrlStateSpec<FollowUpListState> = {
  due: enumParam(DUE, 'worklist'),
  status: optionalEnumParam(VISIT_STATUSES),
  whose: enumParam(WHOSE, 'all'),
};

export function toVisitQuery(state: FollowUpListState): VisitQuery {
  return {
    due: state.due === 'all' ? undefined : state.due,
    status: state.status,
    assigneeId: state.whose === 'me' ? 'me' : undefined,
  };
}

function RecordOutcomeModal({ visit, onClose }: { visit: FollowUpVisit; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CompleteVisit>();
  const status = Form.useWatch('status', form);
  const record = useMutation({
    mutationFn: (input: CompleteVisit) => completeVisit(visit.id, input),
    onSuccess: () => {
      void message.success(t('support.followUps.recorded'));
      void queryClient.invalidateQueries({ queryKey: [...supportKeys.all, 'visits'] });
      onClose();
    },
    onError: (error) => void message.error(supportProblemMessage(t, error)),
  });
  return (
    <Modal
      open
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      title={t('support.followUps.recordTitle', { number: visit.number })}
    >
      <Form<CompleteVisit>
        form={form}
        layout="vertical"
        initialValues={{ status: 'done' }}
        onFinish={(values) =>
          record.mutate({
            status: values.status,
            outcome: values.outcome?.trim() || undefined,
            satisfactionScore:
              values.status === 'done' && values.satisfactionScore ? values.satisfactionScore : undefined,
          })
        }
      >
        <Form.Item name="status" label={t('support.followUps.result')}>
          <Radio.Group
            optionType="button"
            options={(['done', 'unreachable', 'cancelled'] as const).map((s) => ({
              value: s,
              label: t(`support.followUps.statuses.${s}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="outcome"
          label={t('support.followUps.outcome')}
          rules={[
            {
              required: status === 'done',
              whitespace: true,
              message: t('support.followUps.outcomeRequired'),
            },
          ]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        {status === 'done' && (
          <Form.Item name="satisfactionScore" label={t('support.followUps.score')}>
            <Rate />
          </Form.Item>
        )}
        <FormActions
          submitting={record.isPending}
          onCancel={onClose}
          submitLabel={t('support.followUps.submit')}
        />
      </Form>
    </Modal>
  );
}

/** 定时回访 → the follow-up worklist: today's and overdue calls first; claim, call, record outcome and score. */
export function FollowUpsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const agentName = useAgentNames();
  const [state, setState] = useUrlState(followUpListSpec);
  const [recording, setRecording] = useState<FollowUpVisit>();
  const visits = useQuery(visitsQuery(toVisitQuery(state)));
  const claim = useMutation({
    mutationFn: claimVisit,
    onSuccess: () => {
      void message.success(t('support.followUps.claimed'));
      void queryClient.invalidateQueries({ queryKey: [...supportKeys.all, 'visits'] });
    },
    onError: (error) => void message.error(supportProblemMessage(t, error)),
  });
  const filtered = state.due !== 'worklist' || !!state.status || state.whose !== 'all';
  const clear = () => setState({ due: 'worklist', status: undefined, whose: 'all' });
  const writable = can('follow-ups:write');

  const columns: TableProps<FollowUpVisit>['columns'] = [
    { key: 'number', title: t('support.followUps.fields.number'), render: (_, v) => v.number },
    {
      key: 'dueDate',
      title: t('support.followUps.fields.dueDate'),
      render: (_, v) => (
        <span>
          {v.dueDate} {v.overdue && <Tag color="red">{t('support.followUps.overdue')}</Tag>}
        </span>
      ),
    },
    {
      key: 'customer',
      title: t('support.followUps.fields.customer'),
      render: (_, v) => <CustomerName id={v.customerId} />,
    },
    {
      key: 'trigger',
      title: t('support.followUps.fields.trigger'),
      render: (_, v) => t(`support.followUps.triggers.${v.trigger}`),
    },
    {
      key: 'source',
      title: t('support.followUps.fields.source'),
      render: (_, v) =>
        v.ticketId ? (
          <Link to={ticketPath(v.ticketId)}>{t('support.fields.number')}</Link>
        ) : v.orderId ? (
          <Link to={orderPath(v.orderId)}>{t('support.fields.order')}</Link>
        ) : (
          t('common.none')
        ),
    },
    {
      key: 'assignee',
      title: t('support.followUps.fields.assignee'),
      render: (_, v) => agentName(v.assigneeId),
    },
    {
      key: 'status',
      title: t('support.followUps.fields.status'),
      render: (_, v) => t(`support.followUps.statuses.${v.status}`),
    },
    {
      key: 'outcome',
      title: t('support.followUps.fields.outcome'),
      render: (_, v) => (
        <span>
          {v.outcome ?? ''}{' '}
          {v.satisfactionScore ? (
            <Rate disabled value={v.satisfactionScore} style={{ fontSize: 12 }} />
          ) : null}
        </span>
      ),
    },
    ...(writable
      ? [
          {
            key: 'actions',
            title: '',
            render: (_: unknown, v: FollowUpVisit) =>
              v.status !== 'scheduled' ? null : (
                <Flex gap="small">
                  {!v.assigneeId && (
                    <Button
                      size="small"
                      loading={claim.isPending && claim.variables === v.id}
                      onClick={() => claim.mutate(v.id)}
                    >
                      {t('support.followUps.claim')}
                    </Button>
                  )}
                  {(v.assigneeId === me.id || !v.assigneeId || can('tickets:assign')) && (
                    <Button size="small" type="primary" onClick={() => setRecording(v)}>
                      {t('support.followUps.record')}
                    </Button>
                  )}
                </Flex>
              ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap="middle">
      <PageHeader title={t('support.followUps.title')} subtitle={t('support.followUps.subtitle')} />
      <FilterBar filtered={filtered} onClear={clear}>
        <Segmented
          aria-label={t('support.followUps.dueLabel')}
          value={state.due}
          onChange={(due) => setState({ due })}
          options={DUE.map((due) => ({ value: due, label: t(`support.followUps.due.${due}`) }))}
        />
        <Segmented
          aria-label={t('support.followUps.fields.assignee')}
          value={state.whose}
          onChange={(whose) => setState({ whose })}
          options={WHOSE.map((whose) => ({ value: whose, label: t(`support.followUps.assignee.${whose}`) }))}
        />
        <Select
          aria-label={t('support.followUps.fields.status')}
          placeholder={t('support.followUps.anyStatus')}
          allowClear
          value={state.status}
          onChange={(status) => setState({ status })}
          options={VISIT_STATUSES.map((s) => ({ value: s, label: t(`support.followUps.statuses.${s}`) }))}
          style={{ width: 140 }}
        />
      </FilterBar>
      {visits.isError && <QueryProblem error={visits.error} onRetry={() => void visits.refetch()} />}
      <Table<FollowUpVisit>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={visits.data ?? []}
        loading={visits.isPending}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="follow-ups-table"
        locale={{
          emptyText: visits.isPending ? null : (
            <ListEmpty
              noneText={t('support.followUps.empty')}
              filtered={filtered ? { text: t('support.followUps.emptyFiltered'), onClear: clear } : undefined}
            />
          ),
        }}
      />
      {recording && <RecordOutcomeModal visit={recording} onClose={() => setRecording(undefined)} />}
    </Flex>
  );
}
