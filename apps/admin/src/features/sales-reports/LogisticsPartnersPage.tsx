import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Flex, Select, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CreateButton } from '../../shared/ui/CreateButton';
import { CursorTable } from '../../shared/ui/CursorTable';
import { FilterBar } from '../../shared/ui/FilterBar';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { LogisticsPartnerDrawer } from './LogisticsPartnerDrawer';
import { logisticsListSpec, NO_LOGISTICS_FILTERS, toLogisticsQuery } from './logistics-list-state';
import {
  LOGISTICS_PARTNER_STATUSES,
  logisticsPartnerListQuery,
  type LogisticsPartner,
} from './logistics.api';
import { salesTerritoriesQuery } from './reports.api';

const STATUS_COLOR = { active: 'green', suspended: 'orange', ended: 'default' } as const;

/** 配送物流 → the carriers of each region: cities served, terms and contacts; managers of the region edit them. */
export function LogisticsPartnersPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const [editing, setEditing] = useState<{ partner?: LogisticsPartner } | undefined>();
  const [state, setState] = useUrlState(logisticsListSpec);
  const pages = useCursorPages(JSON.stringify(state));
  const list = useQuery({
    ...logisticsPartnerListQuery(toLogisticsQuery(state, pages.cursor)),
    placeholderData: keepPreviousData,
  });
  const firstPage = useQuery({
    ...logisticsPartnerListQuery(toLogisticsQuery(state, undefined)),
    enabled: false,
  });
  const territories = useQuery({ ...salesTerritoriesQuery(), enabled: can('sales-territories:read') });
  const units = territories.data?.data ?? [];
  const name = (id: string) => units.find((u) => u.id === id)?.name ?? id.slice(0, 8);
  const writer = can('logistics-partners:write');
  const filtered = !!(state.region || state.status);
  const clear = () => setState(NO_LOGISTICS_FILTERS);
  const create = writer
    ? { label: t('salesReports.logistics.create'), onClick: () => setEditing({}) }
    : undefined;
  const f = (key: string) => t(`salesReports.logistics.fields.${key as 'code'}`);

  const columns: TableProps<LogisticsPartner>['columns'] = [
    { key: 'region', title: f('region'), render: (_, p) => name(p.regionId) },
    { key: 'name', title: f('name'), render: (_, p) => `${p.name}（${p.code}）` },
    {
      key: 'cities',
      title: f('cities'),
      render: (_, p) =>
        p.cityIds.length === 0 ? '—' : p.cityIds.map((id) => <Tag key={id}>{name(id)}</Tag>),
    },
    { key: 'terms', title: f('terms'), render: (_, p) => p.terms ?? '—' },
    {
      key: 'contacts',
      title: f('contacts'),
      render: (_, p) =>
        p.contacts.length === 0
          ? '—'
          : p.contacts.map((c, index) => (
              <div key={index}>{[c.name, c.role, c.phone].filter(Boolean).join(' · ')}</div>
            )),
    },
    {
      key: 'status',
      title: f('status'),
      render: (_, p) => (
        <Tag color={STATUS_COLOR[p.status]}>{t(`salesReports.logistics.statuses.${p.status}`)}</Tag>
      ),
    },
    ...(writer
      ? [
          {
            key: 'actions',
            title: f('actions'),
            render: (_: unknown, p: LogisticsPartner) => (
              <Button type="link" onClick={() => setEditing({ partner: p })}>
                {t('salesReports.logistics.edit')}
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
        title={t('salesReports.logistics.title')}
        subtitle={t('salesReports.logistics.subtitle')}
        extra={<CreateButton create={create} />}
      />
      <FilterBar filtered={filtered} onClear={clear}>
        <Select
          aria-label={f('region')}
          placeholder={t('salesReports.logistics.anyRegion')}
          allowClear
          value={state.region}
          onChange={(region) => setState({ region })}
          options={units.filter((u) => u.kind === 'region').map((u) => ({ value: u.id, label: u.name }))}
          style={{ width: 180 }}
        />
        <Select
          aria-label={f('status')}
          placeholder={t('salesReports.logistics.anyStatus')}
          allowClear
          value={state.status}
          onChange={(status) => setState({ status })}
          options={LOGISTICS_PARTNER_STATUSES.map((s) => ({
            value: s,
            label: t(`salesReports.logistics.statuses.${s}`),
          }))}
          style={{ width: 140 }}
        />
      </FilterBar>
      <CursorTable<LogisticsPartner>
        list={list}
        pages={pages}
        total={firstPage.data?.total}
        pageSize={state.limit}
        onPageSizeChange={(limit) => setState({ limit })}
        columns={columns}
        testId="logistics-partners-table"
        empty={{
          noneText: t('salesReports.logistics.empty'),
          filtered: filtered
            ? { text: t('salesReports.logistics.emptyFiltered'), onClear: clear }
            : undefined,
          create,
        }}
      />
      <LogisticsPartnerDrawer
        open={!!editing}
        partner={editing?.partner}
        onClose={() => setEditing(undefined)}
      />
    </Flex>
  );
}
