import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { DatePicker, Flex, Select, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { codRemittancePath } from '../../app/paths';
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
import { UserSelect } from '../users/UserSelect';
import { REMITTANCE_STATUSES, remittanceListQuery, type RemittanceSummary } from './cod.api';
import {
  isRemittanceListFiltered,
  NO_REMITTANCE_FILTERS,
  remittanceListSpec,
  toRemittanceQuery,
} from './cod-list-state';
import { CreateRemittanceModal } from './CreateRemittanceModal';
import { CourierName } from './CourierName';
import { Difference } from './Difference';
import { RemittanceStatusTag } from './RemittanceStatusTag';

/** 货到付款回笼 → the daily COD batches, newest first; status, city, courier and day kept in the URL. */
export function CodRemittancesPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [state, setState] = useUrlState(remittanceListSpec);
  const pages = useCursorPages(JSON.stringify(state));
  const list = useQuery({
    ...remittanceListQuery(toRemittanceQuery(state, pages.cursor)),
    placeholderData: keepPreviousData,
  });
  const firstPage = useQuery({ ...remittanceListQuery(toRemittanceQuery(state, undefined)), enabled: false });
  const filtered = isRemittanceListFiltered(state);
  const clear = () => setState(NO_REMITTANCE_FILTERS);
  const create = can('cod-remittances:write')
    ? { label: t('cod.list.create'), onClick: () => setCreating(true) }
    : undefined;

  const columns: TableProps<RemittanceSummary>['columns'] = [
    {
      key: 'number',
      title: t('cod.fields.number'),
      render: (_, r) => <Link to={codRemittancePath(r.id)}>{r.number}</Link>,
    },
    { key: 'day', title: t('cod.fields.businessDay'), render: (_, r) => r.businessDay },
    { key: 'city', title: t('cod.fields.city'), render: (_, r) => <OrgUnitName id={r.orgUnitId} /> },
    {
      key: 'courier',
      title: t('cod.fields.courier'),
      render: (_, r) => (r.courierId ? <CourierName id={r.courierId} /> : t('common.none')),
    },
    { key: 'orders', title: t('cod.fields.orderCount'), align: 'right', render: (_, r) => r.orderCount },
    {
      key: 'expected',
      title: t('cod.fields.expectedAmount'),
      align: 'right',
      render: (_, r) => formatMoney(r.expectedAmount),
    },
    {
      key: 'handedIn',
      title: t('cod.fields.handedInAmount'),
      align: 'right',
      render: (_, r) => (r.handedInAmount === null ? t('common.none') : formatMoney(r.handedInAmount)),
    },
    {
      key: 'difference',
      title: t('cod.fields.difference'),
      align: 'right',
      render: (_, r) => <Difference amount={r.difference} />,
    },
    {
      key: 'status',
      title: t('cod.fields.status'),
      render: (_, r) => <RemittanceStatusTag status={r.status} />,
    },
  ];

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('cod.list.title')}
        subtitle={t('cod.list.subtitle')}
        extra={<CreateButton create={create} />}
      />
      <FilterBar filtered={filtered} onClear={clear}>
        <Select
          aria-label={t('cod.fields.status')}
          placeholder={t('cod.list.anyStatus')}
          allowClear
          value={state.status}
          onChange={(status) => setState({ status })}
          options={REMITTANCE_STATUSES.map((status) => ({
            value: status,
            label: t(`cod.statuses.${status}`),
          }))}
          style={{ width: 140 }}
        />
        <OrgUnitTreeSelect
          aria-label={t('cod.fields.city')}
          placeholder={t('cod.list.anyCity')}
          allowClear
          value={state.cityId}
          onChange={(cityId) => setState({ cityId })}
          style={{ width: 200 }}
        />
        {can('users:read') && (
          <UserSelect
            aria-label={t('cod.fields.courier')}
            placeholder={t('cod.list.anyCourier')}
            value={state.courierId}
            onChange={(courierId) => setState({ courierId })}
            style={{ width: 200 }}
          />
        )}
        <DatePicker
          aria-label={t('cod.fields.businessDay')}
          placeholder={t('cod.list.anyDay')}
          value={state.day ? dayjs(state.day) : null}
          onChange={(day) => setState({ day: day?.format('YYYY-MM-DD') })}
        />
      </FilterBar>
      <CursorTable<RemittanceSummary>
        list={list}
        pages={pages}
        total={firstPage.data?.total}
        pageSize={state.limit}
        onPageSizeChange={(limit) => setState({ limit })}
        columns={columns}
        testId="cod-remittances-table"
        empty={{
          noneText: t('cod.list.empty'),
          filtered: filtered ? { text: t('cod.list.emptyFiltered'), onClear: clear } : undefined,
          create,
        }}
      />
      <CreateRemittanceModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(remittance) => {
          setCreating(false);
          void navigate(codRemittancePath(remittance.id));
        }}
      />
    </Flex>
  );
}
