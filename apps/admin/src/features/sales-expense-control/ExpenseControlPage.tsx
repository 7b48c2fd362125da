import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, DatePicker, Flex, Table, Tag, Typography, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PATHS } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import '../../shared/format/dayjs-locales';
import { formatBasisPoints, formatMoney } from '../../shared/money/money';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { expenseControlQuery, type TerritoryExpenses } from './expense-control.api';
import { expenseControlSpec, shownMonth } from './expense-control-state';
import { DEPTH, flagged } from './expense-status';
import { ExpenseUsageBar } from './ExpenseUsageBar';

const ROW_BACKGROUND = { ok: undefined, warning: '#fffbe6', exceeded: '#fff1f0' } as const;
const STATUS_TAG = { ok: 'green', warning: 'gold', exceeded: 'red' } as const;

/** 费比控制 → sales expenses against budget per territory for a month, the ratio to net sales against plan. */
export function ExpenseControlPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const [state, setState] = useUrlState(expenseControlSpec);
  const period = shownMonth(state);
  const control = useQuery({ ...expenseControlQuery(period), placeholderData: keepPreviousData });
  const f = (key: string) => t(`salesExpenseControl.fields.${key as 'budget'}`);
  const money = (value: number | null) => (value === null ? '—' : formatMoney(value));
  const ratio = (value: number | null) => (value === null ? '—' : formatBasisPoints(value));
  const claimsLink = (row: TerritoryExpenses) =>
    `${PATHS.expenseClaims}?tab=all&orgUnitId=${row.orgUnitId}&month=${period}`;

  const columns: TableProps<TerritoryExpenses>['columns'] = [
    {
      key: 'territory',
      title: f('territory'),
      render: (_, row) => (
        <span style={{ paddingLeft: DEPTH[row.kind] * 16 }}>
          {row.name}{' '}
          <Typography.Text type="secondary">{t(`salesExpenseControl.kinds.${row.kind}`)}</Typography.Text>
        </span>
      ),
    },
    { key: 'budget', title: f('budget'), align: 'right', render: (_, row) => money(row.budget) },
    {
      key: 'spent',
      title: f('spent'),
      align: 'right',
      render: (_, row) => (
        <Flex vertical gap={0} align="end">
          {formatMoney(row.spent)}
          {row.pending > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('salesExpenseControl.pendingNote', { amount: formatMoney(row.pending) })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { key: 'used', title: f('used'), render: (_, row) => <ExpenseUsageBar row={row} /> },
    { key: 'netSales', title: f('netSales'), align: 'right', render: (_, row) => formatMoney(row.netSales) },
    {
      key: 'ratio',
      title: f('ratio'),
      align: 'right',
      render: (_, row) => (
        <span data-testid="expense-ratio">
          {ratio(row.ratioBp)}
          <Typography.Text type="secondary"> / {ratio(row.plannedRatioBp)}</Typography.Text>
        </span>
      ),
    },
    {
      key: 'status',
      title: f('status'),
      render: (_, row) => (
        <Tag color={STATUS_TAG[row.status]}>{t(`salesExpenseControl.statuses.${row.status}`)}</Tag>
      ),
    },
    ...(can('expense-claims:read')
      ? [
          {
            key: 'claims',
            title: '',
            render: (_: unknown, row: TerritoryExpenses) => (
              <Link to={claimsLink(row)}>{t('salesExpenseControl.openClaims')}</Link>
            ),
          },
        ]
      : []),
  ];

  if (control.isError && !control.data)
    return <QueryProblem error={control.error} onRetry={() => void control.refetch()} />;
  const rows = control.data?.territories ?? [];
  const attention = flagged(rows);
  return (
    <Flex vertical gap="middle">
      <PageHeader title={t('salesExpenseControl.title')} subtitle={t('salesExpenseControl.subtitle')} />
      <Flex gap="small" wrap role="search">
        <DatePicker
          picker="month"
          allowClear={false}
          aria-label={t('salesExpenseControl.period')}
          value={dayjs(`${period}-01`)}
          format="YYYY-MM"
          onChange={(day) => day && setState({ period: day.format('YYYY-MM') })}
        />
      </Flex>
      {control.data && attention.length > 0 && (
        <Alert
          type={control.data.exceeded > 0 ? 'error' : 'warning'}
          showIcon
          data-testid="expense-alert"
          title={t('salesExpenseControl.attention', {
            count: attention.length,
            exceeded: control.data.exceeded,
            warnings: control.data.warnings,
          })}
          description={attention.map((row) => row.name).join('、')}
        />
      )}
      <Table<TerritoryExpenses>
        size="small"
        rowKey="orgUnitId"
        loading={control.isFetching && !control.data}
        pagination={false}
        dataSource={rows}
        columns={columns}
        data-testid="expense-control-table"
        onRow={(row) =>
          ({ style: { background: ROW_BACKGROUND[row.status] }, 'data-status': row.status }) as never
        }
        locale={{ emptyText: t('salesExpenseControl.empty') }}
        scroll={{ x: true }}
      />
      <Typography.Text type="secondary">{t('salesExpenseControl.explain')}</Typography.Text>
    </Flex>
  );
}
