import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Input, Modal, Popconfirm, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PATHS } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { formatDateTime } from '../../shared/format/date-time';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { periodsQuery, type AccountingPeriod } from './ledger.api';
import { ledgerProblemMessage } from './ledger-problems';
import { useChangePeriod } from './use-ledger-mutations';

/** 会计期间 → months newest first: finance closes them in order; the general manager reopens with a reason. */
export function AccountingPeriodsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const periods = useQuery(periodsQuery());
  const change = useChangePeriod();
  const [reopening, setReopening] = useState<AccountingPeriod>();
  const [refusal, setRefusal] = useState<string>();

  const run = (code: string, reopenReason?: string) => {
    setRefusal(undefined);
    change.mutate(
      { code, reopenReason },
      {
        onSuccess: () => {
          void message.success(
            t(
              reopenReason === undefined ? 'financeLedger.periods.closed' : 'financeLedger.periods.reopened',
              {
                code,
              },
            ),
          );
          setReopening(undefined);
        },
        onError: (error) => {
          setRefusal(ledgerProblemMessage(t, error));
          setReopening(undefined);
        },
      },
    );
  };

  const columns: TableProps<AccountingPeriod>['columns'] = [
    {
      key: 'code',
      title: t('financeLedger.fields.period'),
      render: (_, p) => <Link to={`${PATHS.journalEntries}?period=${p.code}`}>{p.code}</Link>,
    },
    {
      key: 'status',
      title: t('financeLedger.fields.status'),
      render: (_, p) => (
        <Tag color={p.status === 'closed' ? 'blue' : 'green'}>
          {t(`financeLedger.periodStatuses.${p.status}`)}
        </Tag>
      ),
    },
    {
      key: 'entries',
      title: t('financeLedger.periods.entryCount'),
      align: 'right',
      render: (_, p) => p.entryCount,
    },
    {
      key: 'closedAt',
      title: t('financeLedger.periods.closedAt'),
      render: (_, p) => (p.closedAt ? formatDateTime(p.closedAt, i18n.language) : t('common.none')),
    },
    {
      key: 'reopenReason',
      title: t('financeLedger.periods.reopenReason'),
      render: (_, p) => p.reopenReason ?? t('common.none'),
    },
    {
      key: 'actions',
      title: '',
      render: (_, p) => (
        <Flex gap={4}>
          {p.status === 'open' && can('accounting-periods:close') && (
            <Popconfirm
              title={t('financeLedger.periods.closeConfirm', { code: p.code })}
              onConfirm={() => run(p.code)}
            >
              <Button size="small">{t('financeLedger.periods.close')}</Button>
            </Popconfirm>
          )}
          {p.status === 'closed' && can('accounting-periods:reopen') && (
            <Button size="small" onClick={() => setReopening(p)}>
              {t('financeLedger.periods.reopen')}
            </Button>
          )}
        </Flex>
      ),
    },
  ];

  if (periods.isError) return <QueryProblem error={periods.error} onRetry={() => void periods.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <PageHeader title={t('financeLedger.periods.title')} subtitle={t('financeLedger.periods.subtitle')} />
      {refusal && (
        <Alert
          type="error"
          showIcon
          closable
          role="alert"
          title={t('financeLedger.periods.refused')}
          description={refusal}
          onClose={() => setRefusal(undefined)}
        />
      )}
      <Table<AccountingPeriod>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={periods.data ?? []}
        loading={periods.isPending}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="accounting-periods-table"
        locale={{ emptyText: periods.isPending ? null : t('financeLedger.periods.empty') }}
      />
      <Modal
        open={!!reopening}
        title={t('financeLedger.periods.reopenTitle', { code: reopening?.code })}
        okText={t('financeLedger.periods.reopen')}
        okButtonProps={{ loading: change.isPending, htmlType: 'submit', form: 'reopen-period' }}
        cancelText={t('common.cancel')}
        onCancel={() => setReopening(undefined)}
        destroyOnHidden
      >
        <Form<{ reason: string }>
          name="reopen-period"
          layout="vertical"
          preserve={false}
          onFinish={({ reason }) => reopening && run(reopening.code, reason.trim())}
        >
          <Form.Item
            name="reason"
            label={t('financeLedger.periods.reason')}
            rules={[
              { required: true, whitespace: true, message: t('financeLedger.periods.reasonRequired') },
              { max: 500 },
            ]}
          >
            <Input.TextArea
              aria-label={t('financeLedger.periods.reason')}
              autoFocus
              rows={3}
              maxLength={500}
            />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
