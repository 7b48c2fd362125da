import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Flex, Select, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import '../../shared/format/dayjs-locales';
import { formatMoney } from '../../shared/money/money';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CreateButton } from '../../shared/ui/CreateButton';
import { CursorTable } from '../../shared/ui/CursorTable';
import { FilterBar } from '../../shared/ui/FilterBar';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { OrgUnitName } from '../org-units/OrgUnitName';
import { OrgUnitTreeSelect } from '../org-units/OrgUnitTreeSelect';
import { BudgetAlerts } from './BudgetAlerts';
import { BudgetFormModal } from './BudgetFormModal';
import { budgetListSpec, isBudgetListFiltered, NO_BUDGET_FILTERS, toBudgetQuery } from './budget-list-state';
import { BUDGET_PERIOD_KINDS, budgetListQuery, type Budget } from './budgets.api';
import { BudgetUsage } from './BudgetUsage';

/** 预算 → budgets per unit and period, budget against actual with 80%/100% colours; finance sets them. */
export function BudgetsPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const [editing, setEditing] = useState<{ budget?: Budget }>();
  const [state, setState] = useUrlState(budgetListSpec);
  const pages = useCursorPages(JSON.stringify(state));
  const list = useQuery({
    ...budgetListQuery(toBudgetQuery(state, pages.cursor)),
    placeholderData: keepPreviousData,
  });
  const firstPage = useQuery({ ...budgetListQuery(toBudgetQuery(state, undefined)), enabled: false });
  const filtered = isBudgetListFiltered(state);
  const clear = () => setState(NO_BUDGET_FILTERS);
  const writer = can('budgets:write');
  const create = writer
    ? { label: t('financeExpenses.budgets.create'), onClick: () => setEditing({}) }
    : undefined;
  const f = (key: string) => t(`financeExpenses.budgets.fields.${key as 'amount'}`);

  const columns: TableProps<Budget>['columns'] = [
    { key: 'unit', title: f('orgUnit'), render: (_, b) => <OrgUnitName id={b.orgUnitId} /> },
    { key: 'period', title: f('period'), render: (_, b) => b.period },
    { key: 'account', title: f('account'), render: (_, b) => b.accountCode },
    { key: 'amount', title: f('amount'), align: 'right', render: (_, b) => formatMoney(b.amount) },
    { key: 'actual', title: f('actual'), align: 'right', render: (_, b) => formatMoney(b.actual) },
    { key: 'pending', title: f('pending'), align: 'right', render: (_, b) => formatMoney(b.pending) },
    { key: 'remaining', title: f('remaining'), align: 'right', render: (_, b) => formatMoney(b.remaining) },
    { key: 'usage', title: f('percentUsed'), render: (_, b) => <BudgetUsage budget={b} /> },
    ...(writer
      ? [
          {
            key: 'edit',
            title: '',
            render: (_: unknown, b: Budget) => (
              <Button size="small" onClick={() => setEditing({ budget: b })}>
                {t('financeExpenses.budgets.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('financeExpenses.budgets.title')}
        subtitle={t('financeExpenses.budgets.subtitle')}
        extra={<CreateButton create={create} />}
      />
      <BudgetAlerts />
      <FilterBar filtered={filtered} onClear={clear}>
        <OrgUnitTreeSelect
          aria-label={f('orgUnit')}
          placeholder={t('financeExpenses.budgets.anyUnit')}
          allowClear
          value={state.orgUnitId}
          onChange={(orgUnitId) => setState({ orgUnitId })}
          style={{ width: 200 }}
        />
        <Select
          aria-label={f('periodKind')}
          placeholder={t('financeExpenses.budgets.anyPeriodKind')}
          allowClear
          value={state.periodKind}
          onChange={(periodKind) => setState({ periodKind })}
          options={BUDGET_PERIOD_KINDS.map((kind) => ({
            value: kind,
            label: t(`financeExpenses.budgets.periodKinds.${kind}`),
          }))}
          style={{ width: 140 }}
        />
        <DatePicker
          aria-label={t('financeExpenses.budgets.periodContaining')}
          placeholder={t('financeExpenses.budgets.periodContaining')}
          value={state.date ? dayjs(state.date) : null}
          onChange={(day) => setState({ date: day?.format('YYYY-MM-DD') })}
        />
      </FilterBar>
      <CursorTable<Budget>
        list={list}
        pages={pages}
        total={firstPage.data?.total}
        pageSize={state.limit}
        onPageSizeChange={(limit) => setState({ limit })}
        columns={columns}
        testId="budgets-table"
        empty={{
          noneText: t('financeExpenses.budgets.empty'),
          filtered: filtered
            ? { text: t('financeExpenses.budgets.emptyFiltered'), onClear: clear }
            : undefined,
          create,
        }}
      />
      <BudgetFormModal open={!!editing} budget={editing?.budget} onClose={() => setEditing(undefined)} />
    </Flex>
  );
}
