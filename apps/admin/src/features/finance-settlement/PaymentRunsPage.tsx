import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Flex, Select, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { PATHS, paymentRunPath } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { formatDateTime } from '../../shared/format/date-time';
import { formatMoney } from '../../shared/money/money';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CursorTable } from '../../shared/ui/CursorTable';
import { FilterBar } from '../../shared/ui/FilterBar';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { PAYMENT_RUN_STATUSES, paymentRunListQuery, type PaymentRun } from './payables.api';
import { paymentRunListSpec, toPaymentRunQuery } from './settlement-list-state';
import { PaymentRunStatusTag } from './SettlementTags';

/** 付款批次: newest first, by status (in the URL). New runs are drafted from the payables list. */
export function PaymentRunsPage() {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const navigate = useNavigate();
  const [state, setState] = useUrlState(paymentRunListSpec);
  const pages = useCursorPages(JSON.stringify(state));
  const list = useQuery({
    ...paymentRunListQuery(toPaymentRunQuery(state, pages.cursor)),
    placeholderData: keepPreviousData,
  });
  const firstPage = useQuery({ ...paymentRunListQuery(toPaymentRunQuery(state, undefined)), enabled: false });
  const filtered = !!state.status;
  const clear = () => setState({ status: undefined });

  const columns: TableProps<PaymentRun>['columns'] = [
    {
      key: 'number',
      title: t('financeSettlement.fields.runNumber'),
      render: (_, r) => <Link to={paymentRunPath(r.id)}>{r.number}</Link>,
    },
    { key: 'date', title: t('financeSettlement.fields.paymentDate'), render: (_, r) => r.paymentDate },
    {
      key: 'total',
      title: t('financeSettlement.fields.totalAmount'),
      align: 'right',
      render: (_, r) => formatMoney(r.totalAmount),
    },
    {
      key: 'status',
      title: t('financeSettlement.fields.status'),
      render: (_, r) => <PaymentRunStatusTag status={r.status} />,
    },
    {
      key: 'created',
      title: t('financeSettlement.fields.createdAt'),
      render: (_, r) => formatDateTime(r.createdAt, i18n.language),
    },
  ];

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <PageHeader title={t('financeSettlement.runs.title')} subtitle={t('financeSettlement.runs.subtitle')} />
      <FilterBar filtered={filtered} onClear={clear}>
        <Select
          aria-label={t('financeSettlement.fields.status')}
          placeholder={t('financeSettlement.runs.anyStatus')}
          allowClear
          value={state.status}
          onChange={(status) => setState({ status })}
          options={PAYMENT_RUN_STATUSES.map((status) => ({
            value: status,
            label: t(`financeSettlement.runStatuses.${status}`),
          }))}
          style={{ width: 140 }}
        />
      </FilterBar>
      <CursorTable<PaymentRun>
        list={list}
        pages={pages}
        total={firstPage.data?.total}
        pageSize={state.limit}
        onPageSizeChange={(limit) => setState({ limit })}
        columns={columns}
        testId="payment-runs-table"
        empty={{
          noneText: t('financeSettlement.runs.empty'),
          filtered: filtered
            ? { text: t('financeSettlement.runs.emptyFiltered'), onClear: clear }
            : undefined,
          create: can('payables:write')
            ? { label: t('financeSettlement.runs.toPayables'), onClick: () => void navigate(PATHS.payables) }
            : undefined,
        }}
      />
    </Flex>
  );
}
