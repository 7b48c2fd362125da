import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Input, Modal, Segmented, Table, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { formatDateTime } from '../../shared/format/date-time';
import { formatMoney } from '../../shared/money/money';
import { ListEmpty } from '../../shared/ui/ListEmpty';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { enumParam, type UrlStateSpec } from '../../shared/url-state/url-state';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { CustomerName } from './CustomerName';
import { supportProblemMessage } from './support-problems';
import {
  candidatesQuery,
  decideCandidate,
  evaluateKeyAccountRules,
  keyAccountRulesQuery,
  supportKeys,
  type KeyAccountCandidate,
  type KeyAccountRule,
} from './support.api';

const STATUSES = ['suggested', 'confirmed', 'dismissed'] as const;
const spec: UrlStateSpec<{ status: (typeof STATUSES)[number] }> = {
  status: enumParam(STATUSES, 'suggested'),
};
type Decision = { candidate: KeyAccountCandidate; decision: 'confirm' | 'dismiss' };

/** The rule in words: "spent ¥5,000.00 in 90 days". */
export function useRuleText() {
  const { t } = useTranslation();
  return (rule: KeyAccountRule | undefined) =>
    rule
      ? `${rule.name}（${t(`support.keyAccounts.ruleKinds.${rule.kind as 'order-amount'}`, {
          days: rule.windowDays,
          threshold: rule.kind === 'order-amount' ? formatMoney(rule.threshold) : rule.threshold,
        })}）`
      : '';
}

/** 潜在大客户 → candidates the rules suggested, strongest first; an agent confirms (hands to sales) or dismisses. */
export function KeyAccountsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const queryClient = useQueryClient();
  const [state, setState] = useUrlState(spec);
  const [deciding, setDeciding] = useState<Decision>();
  const [note, setNote] = useState('');
  const candidates = useQuery(candidatesQuery(state.status));
  const rules = useQuery({ ...keyAccountRulesQuery(), enabled: can('key-account-rules:read') });
  const ruleText = useRuleText();
  const refresh = () =>
    void queryClient.invalidateQueries({ queryKey: [...supportKeys.all, 'key-accounts'] });
  const decide = useMutation({
    mutationFn: ({ candidate, decision }: Decision) => decideCandidate(candidate.id, decision, { note }),
    onSuccess: (_, { decision }) => {
      void message.success(
        t(decision === 'confirm' ? 'support.keyAccounts.confirmed' : 'support.keyAccounts.dismissed'),
      );
      setDeciding(undefined);
      refresh();
    },
    onError: (error) => void message.error(supportProblemMessage(t, error)),
  });
  const evaluate = useMutation({
    mutationFn: evaluateKeyAccountRules,
    onSuccess: ({ suggested }) => {
      void message.success(t('support.keyAccounts.evaluated', { count: suggested }));
      refresh();
    },
    onError: (error) => void message.error(supportProblemMessage(t, error)),
  });

  const columns: TableProps<KeyAccountCandidate>['columns'] = [
    {
      key: 'customer',
      title: t('support.keyAccounts.fields.customer'),
      render: (_, c) => <CustomerName id={c.customerId} />,
    },
    {
      key: 'rule',
      title: t('support.keyAccounts.fields.rule'),
      render: (_, c) => ruleText(rules.data?.find((r) => r.id === c.ruleId)) || c.ruleId.slice(-4),
    },
    {
      key: 'orderCount',
      title: t('support.keyAccounts.fields.orderCount'),
      align: 'right',
      render: (_, c) => c.orderCount,
    },
    {
      key: 'orderAmount',
      title: t('support.keyAccounts.fields.orderAmount'),
      align: 'right',
      render: (_, c) => formatMoney(c.orderAmount),
    },
    {
      key: 'ticketCount',
      title: t('support.keyAccounts.fields.ticketCount'),
      align: 'right',
      render: (_, c) => c.ticketCount,
    },
    {
      key: 'lastOrderAt',
      title: t('support.keyAccounts.fields.lastOrderAt'),
      render: (_, c) => (c.lastOrderAt ? formatDateTime(c.lastOrderAt, i18n.language) : t('common.none')),
    },
    ...(state.status === 'suggested'
      ? []
      : [
          {
            key: 'note',
            title: t('support.keyAccounts.fields.note'),
            render: (_: unknown, c: KeyAccountCandidate) => c.note ?? '',
          },
          {
            key: 'decidedAt',
            title: t('support.keyAccounts.fields.decidedAt'),
            render: (_: unknown, c: KeyAccountCandidate) =>
              c.decidedAt ? formatDateTime(c.decidedAt, i18n.language) : t('common.none'),
          },
        ]),
    ...(state.status === 'suggested' && can('key-accounts:decide')
      ? [
          {
            key: 'actions',
            title: '',
            render: (_: unknown, c: KeyAccountCandidate) => (
              <Flex gap="small">
                <Button
                  size="small"
                  type="primary"
                  onClick={() => (setNote(''), setDeciding({ candidate: c, decision: 'confirm' }))}
                >
                  {t('support.keyAccounts.confirm')}
                </Button>
                <Button
                  size="small"
                  onClick={() => (setNote(''), setDeciding({ candidate: c, decision: 'dismiss' }))}
                >
                  {t('support.keyAccounts.dismiss')}
                </Button>
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('support.keyAccounts.title')}
        subtitle={t('support.keyAccounts.subtitle')}
        extra={
          can('key-account-rules:write') && (
            <Button loading={evaluate.isPending} onClick={() => evaluate.mutate()}>
              {t('support.keyAccounts.evaluate')}
            </Button>
          )
        }
      />
      <Segmented
        value={state.status}
        onChange={(status) => setState({ status })}
        options={STATUSES.map((s) => ({ value: s, label: t(`support.keyAccounts.statuses.${s}`) }))}
      />
      {candidates.isError && (
        <QueryProblem error={candidates.error} onRetry={() => void candidates.refetch()} />
      )}
      <Table<KeyAccountCandidate>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={candidates.data ?? []}
        loading={candidates.isPending}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="key-accounts-table"
        locale={{
          emptyText: candidates.isPending ? null : <ListEmpty noneText={t('support.keyAccounts.empty')} />,
        }}
      />
      {deciding && (
        <Modal
          open
          title={t(
            deciding.decision === 'confirm'
              ? 'support.keyAccounts.confirmTitle'
              : 'support.keyAccounts.dismissTitle',
          )}
          okText={t(
            deciding.decision === 'confirm' ? 'support.keyAccounts.confirm' : 'support.keyAccounts.dismiss',
          )}
          cancelText={t('common.cancel')}
          confirmLoading={decide.isPending}
          onOk={() => decide.mutate(deciding)}
          onCancel={() => setDeciding(undefined)}
        >
          <Input.TextArea
            aria-label={t('support.keyAccounts.note')}
            placeholder={t('support.keyAccounts.note')}
            rows={3}
            maxLength={1000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </Modal>
      )}
    </Flex>
  );
}
