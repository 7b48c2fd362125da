import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Flex, Select, Table, Typography, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { paymentRunPath, supplierStatementPath } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import '../../shared/format/dayjs-locales';
import { formatMoney } from '../../shared/money/money';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CursorPager } from '../../shared/ui/CursorPager';
import { FilterBar } from '../../shared/ui/FilterBar';
import { ListEmpty } from '../../shared/ui/ListEmpty';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { SupplierSelect } from '../purchasing/SupplierSelect';
import { CreatePaymentRunModal } from './CreatePaymentRunModal';
import { PAYABLE_STATUSES, payableListQuery, type Payable } from './payables.api';
import {
  isPayableListFiltered,
  NO_PAYABLE_FILTERS,
  payableListSpec,
  toPayableQuery,
} from './settlement-list-state';
import { PayableStatusTag } from './SettlementTags';
import { SupplierName } from './SupplierName';

/**
 * 应付账款: soonest due first, filtered by supplier, due date and status (in the URL). Payables with an
 * outstanding amount can be chosen, across pages, for a payment run.
 */
export function PayablesPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const navigate = useNavigate();
  const [state, setState] = useUrlState(payableListSpec);
  const pages = useCursorPages(JSON.stringify(state));
  const list = useQuery({
    ...payableListQuery(toPayableQuery(state, pages.cursor)),
    placeholderData: keepPreviousData,
  });
  const firstPage = useQuery({ ...payableListQuery(toPayableQuery(state, undefined)), enabled: false });
  const [chosen, setChosen] = useState<ReadonlyMap<string, Payable>>(new Map());
  const [drafting, setDrafting] = useState(false);
  const filtered = isPayableListFiltered(state);
  const clear = () => setState(NO_PAYABLE_FILTERS);
  const mayDraft = can('payables:write');

  const columns: TableProps<Payable>['columns'] = [
    { key: 'number', title: t('financeSettlement.fields.number'), render: (_, p) => p.number },
    {
      key: 'supplier',
      title: t('financeSettlement.fields.supplier'),
      render: (_, p) => (
        <Link to={supplierStatementPath(p.supplierId)} title={t('financeSettlement.payables.statement')}>
          <SupplierName id={p.supplierId} />
        </Link>
      ),
    },
    {
      key: 'invoice',
      title: t('financeSettlement.fields.supplierInvoiceNumber'),
      render: (_, p) => p.supplierInvoiceNumber,
    },
    { key: 'due', title: t('financeSettlement.fields.dueDate'), render: (_, p) => p.dueDate },
    {
      key: 'amount',
      title: t('financeSettlement.fields.amount'),
      align: 'right',
      render: (_, p) => formatMoney(p.amount),
    },
    {
      key: 'paid',
      title: t('financeSettlement.fields.paidAmount'),
      align: 'right',
      render: (_, p) => formatMoney(p.paidAmount),
    },
    {
      key: 'reserved',
      title: t('financeSettlement.fields.reservedAmount'),
      align: 'right',
      render: (_, p) => formatMoney(p.reservedAmount),
    },
    {
      key: 'outstanding',
      title: t('financeSettlement.fields.outstandingAmount'),
      align: 'right',
      render: (_, p) => <Typography.Text strong>{formatMoney(p.outstandingAmount)}</Typography.Text>,
    },
    {
      key: 'status',
      title: t('financeSettlement.fields.status'),
      render: (_, p) => <PayableStatusTag status={p.status} />,
    },
  ];

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  const rows = list.data?.data ?? [];
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('financeSettlement.payables.title')}
        subtitle={t('financeSettlement.payables.subtitle')}
        extra={
          mayDraft && (
            <Button type="primary" disabled={chosen.size === 0} onClick={() => setDrafting(true)}>
              {t('financeSettlement.payables.createRun', { count: chosen.size })}
            </Button>
          )
        }
      />
      <FilterBar filtered={filtered} onClear={clear}>
        {can('suppliers:read') && (
          <SupplierSelect
            aria-label={t('financeSettlement.fields.supplier')}
            placeholder={t('financeSettlement.payables.anySupplier')}
            allowClear
            value={state.supplierId}
            onChange={(supplierId) => setState({ supplierId })}
            style={{ width: 220 }}
          />
        )}
        <DatePicker
          aria-label={t('financeSettlement.payables.dueBefore')}
          placeholder={t('financeSettlement.payables.dueBefore')}
          value={state.dueBefore ? dayjs(state.dueBefore) : null}
          onChange={(day) => setState({ dueBefore: day?.format('YYYY-MM-DD') })}
        />
        <Select
          aria-label={t('financeSettlement.fields.status')}
          placeholder={t('financeSettlement.payables.anyStatus')}
          allowClear
          value={state.status}
          onChange={(status) => setState({ status })}
          options={PAYABLE_STATUSES.map((status) => ({
            value: status,
            label: t(`financeSettlement.payableStatuses.${status}`),
          }))}
          style={{ width: 140 }}
        />
      </FilterBar>
      {mayDraft && (
        <Typography.Text type="secondary">{t('financeSettlement.payables.selectHint')}</Typography.Text>
      )}
      {list.isError && <QueryProblem error={list.error} onRetry={() => void list.refetch()} />}
      <Table<Payable>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={list.isPending || list.isPlaceholderData}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="payables-table"
        rowSelection={
          mayDraft
            ? {
                selectedRowKeys: [...chosen.keys()],
                preserveSelectedRowKeys: true,
                getCheckboxProps: (p) => ({ disabled: p.outstandingAmount <= 0, 'aria-label': p.number }),
                onChange: (_keys, selected) =>
                  setChosen((before) => {
                    // Rows chosen on other pages stay chosen; this page's rows follow the checkboxes.
                    const next = new Map([...before].filter(([id]) => !rows.some((row) => row.id === id)));
                    for (const payable of selected) if (payable) next.set(payable.id, payable);
                    return next;
                  }),
              }
            : undefined
        }
        locale={{
          emptyText: list.isPending ? null : (
            <ListEmpty
              noneText={t('financeSettlement.payables.empty')}
              filtered={
                filtered ? { text: t('financeSettlement.payables.emptyFiltered'), onClear: clear } : undefined
              }
            />
          ),
        }}
      />
      <CursorPager
        page={pages.page}
        total={firstPage.data?.total}
        hasPrevious={pages.hasPrevious}
        nextCursor={list.isPlaceholderData ? undefined : list.data?.nextCursor}
        pageSize={state.limit}
        disabled={list.isPending}
        onPrevious={pages.goToPrevious}
        onNext={pages.goToNext}
        onPageSizeChange={(limit) => setState({ limit })}
      />
      <CreatePaymentRunModal
        payables={[...chosen.values()]}
        open={drafting}
        onClose={() => setDrafting(false)}
        onCreated={(run) => {
          setDrafting(false);
          setChosen(new Map());
          void navigate(paymentRunPath(run.id));
        }}
      />
    </Flex>
  );
}
