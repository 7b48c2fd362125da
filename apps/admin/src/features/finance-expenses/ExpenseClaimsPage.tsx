import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Flex, Select, Tabs, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { expenseClaimPath, PATHS } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import '../../shared/format/dayjs-locales';
import { formatDateTime } from '../../shared/format/date-time';
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
import { PersonName } from '../users/PersonName';
import { UserSelect } from '../users/UserSelect';
import { ClaimStatusTag } from './ClaimStatusTag';
import {
  claimListSpec,
  isClaimListFiltered,
  NO_CLAIM_FILTERS,
  toClaimQuery,
  type ClaimTab,
} from './expense-list-state';
import { CLAIM_STATUSES, claimListQuery, type ClaimSummary } from './expenses.api';
import { PayClaimsModal } from './PayClaimsModal';

/** 单据报销 → my claims, or every claim I may see; status, unit, month and claimant kept in the URL. */
export function ExpenseClaimsPage() {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const navigate = useNavigate();
  const [paying, setPaying] = useState(false);
  const [state, setState] = useUrlState(claimListSpec);
  const canSeeOthers = can('expense-claims:read');
  // A reader who files no claims of their own (an auditor) has only the "all" view.
  const canClaim = can('expense-claims:write');
  const tab: ClaimTab = !canSeeOthers ? 'mine' : canClaim ? state.tab : 'all';
  const effective = { ...state, tab };
  const pages = useCursorPages(JSON.stringify(effective));
  const list = useQuery({
    ...claimListQuery(toClaimQuery(effective, pages.cursor)),
    placeholderData: keepPreviousData,
  });
  const firstPage = useQuery({ ...claimListQuery(toClaimQuery(effective, undefined)), enabled: false });
  const filtered = isClaimListFiltered(effective);
  const clear = () => setState(NO_CLAIM_FILTERS);
  const create = {
    label: t('financeExpenses.list.create'),
    onClick: () => void navigate(PATHS.newExpenseClaim),
  };
  const payable = (list.data?.data ?? []).filter((claim) => claim.status === 'approved');

  const columns: TableProps<ClaimSummary>['columns'] = [
    {
      key: 'number',
      title: t('financeExpenses.fields.number'),
      render: (_, c) => <Link to={expenseClaimPath(c.id)}>{c.number}</Link>,
    },
    { key: 'title', title: t('financeExpenses.fields.title'), render: (_, c) => c.title },
    {
      key: 'claimant',
      title: t('financeExpenses.fields.claimant'),
      render: (_, c) => <PersonName id={c.claimantId} />,
    },
    {
      key: 'unit',
      title: t('financeExpenses.fields.orgUnit'),
      render: (_, c) => <OrgUnitName id={c.orgUnitId} />,
    },
    {
      key: 'total',
      title: t('financeExpenses.fields.total'),
      align: 'right',
      render: (_, c) => formatMoney(c.totalAmount),
    },
    {
      key: 'status',
      title: t('financeExpenses.fields.status'),
      render: (_, c) => <ClaimStatusTag status={c.status} />,
    },
    {
      key: 'createdAt',
      title: t('financeExpenses.fields.createdAt'),
      render: (_, c) => formatDateTime(c.createdAt, i18n.language),
    },
  ];

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('financeExpenses.list.title')}
        subtitle={t('financeExpenses.list.subtitle')}
        extra={
          <Flex gap="small">
            {can('expense-claims:pay') && payable.length > 0 && (
              <Button onClick={() => setPaying(true)}>
                {t('financeExpenses.list.payChosen', { count: payable.length })}
              </Button>
            )}
            {canClaim && <CreateButton create={create} />}
          </Flex>
        }
      />
      {canSeeOthers && canClaim && (
        <Tabs
          activeKey={tab}
          onChange={(key) => setState({ tab: key as ClaimTab })}
          items={[
            { key: 'mine', label: t('financeExpenses.list.mine') },
            { key: 'all', label: t('financeExpenses.list.all') },
          ]}
        />
      )}
      <FilterBar filtered={filtered} onClear={clear}>
        <Select
          aria-label={t('financeExpenses.fields.status')}
          placeholder={t('financeExpenses.list.anyStatus')}
          allowClear
          value={state.status}
          onChange={(status) => setState({ status })}
          options={CLAIM_STATUSES.map((status) => ({
            value: status,
            label: t(`financeExpenses.statuses.${status}`),
          }))}
          style={{ width: 140 }}
        />
        <DatePicker
          picker="month"
          aria-label={t('financeExpenses.list.anyMonth')}
          placeholder={t('financeExpenses.list.anyMonth')}
          value={state.month ? dayjs(`${state.month}-01`) : null}
          onChange={(month) => setState({ month: month?.format('YYYY-MM') })}
        />
        {tab === 'all' && (
          <OrgUnitTreeSelect
            aria-label={t('financeExpenses.fields.orgUnit')}
            placeholder={t('financeExpenses.list.anyUnit')}
            allowClear
            value={state.orgUnitId}
            onChange={(orgUnitId) => setState({ orgUnitId })}
            style={{ width: 200 }}
          />
        )}
        {tab === 'all' && can('users:read') && (
          <UserSelect
            aria-label={t('financeExpenses.fields.claimant')}
            placeholder={t('financeExpenses.list.anyClaimant')}
            value={state.claimantId}
            onChange={(claimantId) => setState({ claimantId })}
            style={{ width: 200 }}
          />
        )}
      </FilterBar>
      <CursorTable<ClaimSummary>
        list={list}
        pages={pages}
        total={firstPage.data?.total}
        pageSize={state.limit}
        onPageSizeChange={(limit) => setState({ limit })}
        columns={columns}
        testId="expense-claims-table"
        empty={{
          noneText: t('financeExpenses.list.empty'),
          filtered: filtered ? { text: t('financeExpenses.list.emptyFiltered'), onClear: clear } : undefined,
          create,
        }}
      />
      <PayClaimsModal open={paying} claims={payable} onClose={() => setPaying(false)} />
    </Flex>
  );
}
