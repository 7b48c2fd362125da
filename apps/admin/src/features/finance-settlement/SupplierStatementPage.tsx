import { useQuery } from '@tanstack/react-query';
import { Card, DatePicker, Descriptions, Flex, Spin, Table, Typography, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PATHS } from '../../app/paths';
import '../../shared/format/dayjs-locales';
import { formatMoney } from '../../shared/money/money';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { chinaToday } from '../cod/cod.api';
import { supplierStatementQuery, type SupplierStatementLine } from './payables.api';
import { supplierStatementSpec } from './settlement-list-state';
import { SupplierName } from './SupplierName';

/** This month so far, the period a clerk checks a supplier's statement for unless the URL says otherwise. */
function defaultPeriod(today = chinaToday()) {
  return { from: `${today.slice(0, 8)}01`, to: today };
}

/** 供应商对账单: opening balance, the period's invoices and payments with the running balance, closing balance. */
export function SupplierStatementPage() {
  const { t } = useTranslation();
  const { supplierId = '' } = useParams();
  const [state, setState] = useUrlState(supplierStatementSpec);
  const period = defaultPeriod();
  const from = state.from ?? period.from;
  const to = state.to ?? period.to;
  const statement = useQuery(supplierStatementQuery(supplierId, from, to));

  const columns: TableProps<SupplierStatementLine>['columns'] = [
    { key: 'date', title: t('financeSettlement.statement.date'), render: (_, l) => l.date },
    {
      key: 'kind',
      title: t('financeSettlement.statement.kind'),
      render: (_, l) => t(`financeSettlement.statement.kinds.${l.kind}`),
    },
    { key: 'reference', title: t('financeSettlement.statement.reference'), render: (_, l) => l.reference },
    {
      key: 'invoiced',
      title: t('financeSettlement.statement.invoiced'),
      align: 'right',
      render: (_, l) => (l.invoiced ? formatMoney(l.invoiced) : ''),
    },
    {
      key: 'paid',
      title: t('financeSettlement.statement.paid'),
      align: 'right',
      render: (_, l) => (l.paid ? formatMoney(l.paid) : ''),
    },
    {
      key: 'balance',
      title: t('financeSettlement.statement.balance'),
      align: 'right',
      render: (_, l) => formatMoney(l.balance),
    },
  ];

  return (
    <Flex vertical gap="middle">
      <Link to={PATHS.payables}>{t('financeSettlement.statement.backToPayables')}</Link>
      <div>
        <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4 }}>
          {t('financeSettlement.statement.title')}：<SupplierName id={supplierId} />
        </Typography.Title>
        <Typography.Text type="secondary">{t('financeSettlement.statement.subtitle')}</Typography.Text>
      </div>
      <DatePicker.RangePicker
        aria-label={t('financeSettlement.statement.period')}
        allowClear={false}
        value={[dayjs(from), dayjs(to)]}
        onChange={(range) =>
          range?.[0] && range[1]
            ? setState({ from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') })
            : undefined
        }
      />
      {statement.isError ? (
        <QueryProblem error={statement.error} onRetry={() => void statement.refetch()} />
      ) : !statement.data ? (
        <Spin />
      ) : (
        <Card>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              {
                key: 'opening',
                label: t('financeSettlement.statement.openingBalance'),
                children: (
                  <span data-testid="statement-opening">{formatMoney(statement.data.openingBalance)}</span>
                ),
              },
              {
                key: 'closing',
                label: t('financeSettlement.statement.closingBalance'),
                children: (
                  <span data-testid="statement-closing">{formatMoney(statement.data.closingBalance)}</span>
                ),
              },
            ]}
          />
          <Table<SupplierStatementLine>
            rowKey={(l) => `${l.kind}-${l.reference}-${l.date}`}
            size="small"
            columns={columns}
            dataSource={statement.data.lines}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('financeSettlement.statement.empty') }}
            data-testid="supplier-statement-lines"
          />
        </Card>
      )}
    </Flex>
  );
}
