import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Flex, Select, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PATHS } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { formatMoney } from '../../shared/money/money';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CreateButton } from '../../shared/ui/CreateButton';
import { CursorTable } from '../../shared/ui/CursorTable';
import { FilterBar } from '../../shared/ui/FilterBar';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { CampaignFormModal } from './CampaignFormModal';
import { CampaignStatusTag } from './CampaignStatusTag';
import {
  campaignListSpec,
  isCampaignListFiltered,
  NO_CAMPAIGN_FILTERS,
  toCampaignQuery,
} from './campaign-list-state';
import { CAMPAIGN_CHANNELS, CAMPAIGN_STATUSES, campaignListQuery, type Campaign } from './campaigns.api';

export const campaignPath = (id: string) => PATHS.campaign.replace(':campaignId', id);

/** 企划 → campaign plans by status and channel; planners create them, the sales side follows them. */
export function CampaignsPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const [creating, setCreating] = useState(false);
  const [state, setState] = useUrlState(campaignListSpec);
  const pages = useCursorPages(JSON.stringify(state));
  const list = useQuery({
    ...campaignListQuery(toCampaignQuery(state, pages.cursor)),
    placeholderData: keepPreviousData,
  });
  const firstPage = useQuery({ ...campaignListQuery(toCampaignQuery(state, undefined)), enabled: false });
  const filtered = isCampaignListFiltered(state);
  const clear = () => setState(NO_CAMPAIGN_FILTERS);
  const create = can('campaigns:write')
    ? { label: t('salesCampaigns.list.create'), onClick: () => setCreating(true) }
    : undefined;
  const f = (key: string) => t(`salesCampaigns.fields.${key as 'name'}`);

  const columns: TableProps<Campaign>['columns'] = [
    { key: 'number', title: f('number'), render: (_, c) => <Link to={campaignPath(c.id)}>{c.number}</Link> },
    { key: 'name', title: f('name'), render: (_, c) => c.name },
    { key: 'channel', title: f('channel'), render: (_, c) => t(`salesCampaigns.channels.${c.channel}`) },
    { key: 'period', title: f('period'), render: (_, c) => `${c.startsOn} ~ ${c.endsOn}` },
    { key: 'budget', title: f('budget'), align: 'right', render: (_, c) => formatMoney(c.budget) },
    { key: 'status', title: f('status'), render: (_, c) => <CampaignStatusTag status={c.status} /> },
  ];

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('salesCampaigns.list.title')}
        subtitle={t('salesCampaigns.list.subtitle')}
        extra={<CreateButton create={create} />}
      />
      <FilterBar filtered={filtered} onClear={clear}>
        <Select
          aria-label={f('status')}
          placeholder={t('salesCampaigns.list.anyStatus')}
          allowClear
          value={state.status}
          onChange={(status) => setState({ status })}
          options={CAMPAIGN_STATUSES.map((s) => ({ value: s, label: t(`salesCampaigns.statuses.${s}`) }))}
          style={{ width: 140 }}
        />
        <Select
          aria-label={f('channel')}
          placeholder={t('salesCampaigns.list.anyChannel')}
          allowClear
          value={state.channel}
          onChange={(channel) => setState({ channel })}
          options={CAMPAIGN_CHANNELS.map((c) => ({ value: c, label: t(`salesCampaigns.channels.${c}`) }))}
          style={{ width: 140 }}
        />
      </FilterBar>
      <CursorTable<Campaign>
        list={list}
        pages={pages}
        total={firstPage.data?.total}
        pageSize={state.limit}
        onPageSizeChange={(limit) => setState({ limit })}
        columns={columns}
        testId="campaigns-table"
        empty={{
          noneText: t('salesCampaigns.list.empty'),
          filtered: filtered ? { text: t('salesCampaigns.list.emptyFiltered'), onClear: clear } : undefined,
          create,
        }}
      />
      <CampaignFormModal open={creating} onClose={() => setCreating(false)} />
    </Flex>
  );
}
