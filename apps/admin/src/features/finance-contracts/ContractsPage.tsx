import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Flex, Select, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { contractPath } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { formatMoney } from '../../shared/money/money';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CreateButton } from '../../shared/ui/CreateButton';
import { CursorTable } from '../../shared/ui/CursorTable';
import { FilterBar } from '../../shared/ui/FilterBar';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { SearchBox } from '../../shared/ui/SearchBox';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { OrgUnitName } from '../org-units/OrgUnitName';
import { OrgUnitTreeSelect } from '../org-units/OrgUnitTreeSelect';
import { ContractFormModal } from './ContractFormModal';
import { ContractStatusTag } from './ContractStatusTag';
import { daysUntil } from './contract-dates';
import {
  contractListSpec,
  EXPIRING_WINDOWS,
  isContractListFiltered,
  NO_CONTRACT_FILTERS,
  toContractQuery,
} from './contract-list-state';
import { CONTRACT_KINDS, CONTRACT_STATUSES, contractListQuery, type Contract } from './contracts.api';

/** 经济合同 → every contract, filtered by status, kind, unit, text or "expiring within N days" (all in the URL). */
export function ContractsPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const [creating, setCreating] = useState(false);
  const [state, setState] = useUrlState(contractListSpec);
  const pages = useCursorPages(JSON.stringify(state));
  const list = useQuery({
    ...contractListQuery(toContractQuery(state, pages.cursor)),
    placeholderData: keepPreviousData,
  });
  const firstPage = useQuery({ ...contractListQuery(toContractQuery(state, undefined)), enabled: false });
  const filtered = isContractListFiltered(state);
  const clear = () => setState(NO_CONTRACT_FILTERS);
  const create = can('contracts:write')
    ? { label: t('financeContracts.list.create'), onClick: () => setCreating(true) }
    : undefined;

  const columns: TableProps<Contract>['columns'] = [
    {
      key: 'number',
      title: t('financeContracts.fields.number'),
      render: (_, c) => <Link to={contractPath(c.id)}>{c.number}</Link>,
    },
    { key: 'title', title: t('financeContracts.fields.title'), render: (_, c) => c.title },
    {
      key: 'kind',
      title: t('financeContracts.fields.kind'),
      render: (_, c) => t(`financeContracts.kinds.${c.kind}`),
    },
    {
      key: 'counterparty',
      title: t('financeContracts.fields.counterpartyName'),
      render: (_, c) => c.counterpartyName,
    },
    {
      key: 'unit',
      title: t('financeContracts.fields.orgUnit'),
      render: (_, c) => <OrgUnitName id={c.orgUnitId} />,
    },
    {
      key: 'amount',
      title: t('financeContracts.fields.amount'),
      align: 'right',
      render: (_, c) => formatMoney(c.amount),
    },
    {
      key: 'endsOn',
      title: t('financeContracts.fields.endsOn'),
      render: (_, c) => {
        const left = daysUntil(c.endsOn);
        return (
          <Flex vertical>
            <span>{c.endsOn}</span>
            {c.status === 'active' && left >= 0 && left <= 30 && (
              <Typography.Text type="warning" data-testid="days-left">
                {t('financeContracts.list.daysLeft', { count: left })}
              </Typography.Text>
            )}
          </Flex>
        );
      },
    },
    {
      key: 'status',
      title: t('financeContracts.fields.status'),
      render: (_, c) => <ContractStatusTag status={c.status} />,
    },
  ];

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('financeContracts.list.title')}
        subtitle={t('financeContracts.list.subtitle')}
        extra={<CreateButton create={create} />}
      />
      <FilterBar filtered={filtered} onClear={clear}>
        <SearchBox
          label={t('financeContracts.list.search')}
          value={state.q}
          onSearch={(q) => setState({ q })}
          style={{ width: 220 }}
        />
        <Select
          aria-label={t('financeContracts.list.expiring')}
          placeholder={t('financeContracts.list.expiring')}
          allowClear
          value={state.expiring}
          onChange={(expiring) => setState({ expiring })}
          options={EXPIRING_WINDOWS.map((days) => ({
            value: days,
            label: t('financeContracts.list.expiringWithin', { days }),
          }))}
          style={{ width: 140 }}
        />
        {!state.expiring && (
          <Select
            aria-label={t('financeContracts.fields.status')}
            placeholder={t('financeContracts.list.anyStatus')}
            allowClear
            value={state.status}
            onChange={(status) => setState({ status })}
            options={CONTRACT_STATUSES.map((status) => ({
              value: status,
              label: t(`financeContracts.statuses.${status}`),
            }))}
            style={{ width: 130 }}
          />
        )}
        <Select
          aria-label={t('financeContracts.fields.kind')}
          placeholder={t('financeContracts.list.anyKind')}
          allowClear
          value={state.kind}
          onChange={(kind) => setState({ kind })}
          options={CONTRACT_KINDS.map((kind) => ({
            value: kind,
            label: t(`financeContracts.kinds.${kind}`),
          }))}
          style={{ width: 130 }}
        />
        <OrgUnitTreeSelect
          aria-label={t('financeContracts.fields.orgUnit')}
          placeholder={t('financeContracts.list.anyUnit')}
          allowClear
          value={state.orgUnitId}
          onChange={(orgUnitId) => setState({ orgUnitId })}
          style={{ width: 200 }}
        />
      </FilterBar>
      <CursorTable<Contract>
        list={list}
        pages={pages}
        total={firstPage.data?.total}
        pageSize={state.limit}
        onPageSizeChange={(limit) => setState({ limit })}
        columns={columns}
        testId="contracts-table"
        empty={{
          noneText: t('financeContracts.list.empty'),
          filtered: filtered ? { text: t('financeContracts.list.emptyFiltered'), onClear: clear } : undefined,
          create,
        }}
      />
      <ContractFormModal open={creating} onClose={() => setCreating(false)} />
    </Flex>
  );
}
