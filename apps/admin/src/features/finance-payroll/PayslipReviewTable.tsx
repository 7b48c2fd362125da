import { Input, Table, Typography, type TableProps } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { payslipPath } from '../../app/paths';
import { formatMoney } from '../../shared/money/money';
import { useUrlState } from '../../shared/url-state/use-url-state';
import type { Payslip } from './payroll.api';
import { REVIEW_SORTS, reviewSpec, type ReviewColumn } from './payroll-list-state';
import { matchesSearch, reviewValue } from './payslip-figures';

const MONEY_COLUMNS = ['gross', 'deductions', 'insurance', 'tax', 'net'] as const satisfies ReviewColumn[];

/**
 * 复核表: one row per employee with gross, deductions, 五险一金, 个税 and net; sorted and searched in the URL,
 * with a totals row of what is shown (all rows when nothing is searched, which then equals the run's totals).
 */
export function PayslipReviewTable({ slips, loading }: { slips: Payslip[]; loading: boolean }) {
  const { t } = useTranslation();
  const [state, setState] = useUrlState(reviewSpec);
  const descending = state.sort.startsWith('-');
  const sortColumn = (descending ? state.sort.slice(1) : state.sort) as ReviewColumn;
  const shown = slips
    .filter((s) => matchesSearch(s, state.q))
    .sort((a, b) => {
      const [x, y] = [reviewValue(a, sortColumn), reviewValue(b, sortColumn)];
      const order =
        typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return descending ? -order : order;
    });
  const orderOf = (column: ReviewColumn): SortOrder =>
    sortColumn === column ? (descending ? 'descend' : 'ascend') : null;

  const columns: TableProps<Payslip>['columns'] = [
    {
      key: 'number',
      title: t('financePayroll.review.employee'),
      sorter: true,
      sortOrder: orderOf('number'),
      render: (_, s) => <Link to={payslipPath(s.id)}>{`${s.employeeNumber} ${s.employeeName}`}</Link>,
    },
    ...MONEY_COLUMNS.map((column) => ({
      key: column,
      title: t(`financePayroll.review.${column}`),
      align: 'right' as const,
      sorter: true,
      sortOrder: orderOf(column),
      render: (_: unknown, s: Payslip) => formatMoney(Number(reviewValue(s, column))),
    })),
  ];

  return (
    <>
      <Input.Search
        aria-label={t('financePayroll.review.search')}
        placeholder={t('financePayroll.review.search')}
        allowClear
        defaultValue={state.q}
        onSearch={(q) => setState({ q })}
        style={{ maxWidth: 280 }}
      />
      <Table<Payslip>
        rowKey="id"
        data-testid="payslip-review-table"
        size="small"
        loading={loading}
        columns={columns}
        dataSource={shown}
        pagination={false}
        locale={{
          emptyText: state.q ? t('financePayroll.review.noMatch') : t('financePayroll.review.empty'),
        }}
        onChange={(_pagination, _filters, sorter) => {
          const one = Array.isArray(sorter) ? sorter[0] : sorter;
          const key = one?.columnKey as ReviewColumn | undefined;
          if (!key || !one?.order) return setState({ sort: 'number' });
          const sort = (one.order === 'descend' ? `-${key}` : key) as (typeof REVIEW_SORTS)[number];
          setState({ sort });
        }}
        summary={() =>
          shown.length > 0 && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <Typography.Text strong>
                  {t('financePayroll.review.totals', { count: shown.length })}
                </Typography.Text>
              </Table.Summary.Cell>
              {MONEY_COLUMNS.map((column, i) => (
                <Table.Summary.Cell key={column} index={i + 1} align="right">
                  <Typography.Text strong>
                    {formatMoney(shown.reduce((sum, s) => sum + Number(reviewValue(s, column)), 0))}
                  </Typography.Text>
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          )
        }
      />
    </>
  );
}
