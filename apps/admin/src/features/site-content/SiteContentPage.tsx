import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Flex, Select, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { formatDateTime } from '../../shared/format/date-time';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CreateButton } from '../../shared/ui/CreateButton';
import { CursorTable } from '../../shared/ui/CursorTable';
import { FilterBar } from '../../shared/ui/FilterBar';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { SiteContentEditorModal } from './SiteContentEditorModal';
import {
  liveness,
  SITE_CONTENT_KINDS,
  SITE_CONTENT_STATUSES,
  SITE_LANGUAGES,
  siteContentListQuery,
  type SiteContent,
} from './site-content.api';
import {
  isSiteContentListFiltered,
  NO_SITE_CONTENT_FILTERS,
  siteContentListSpec,
  toSiteContentQuery,
} from './site-content-list-state';

const LIVENESS_COLORS = {
  draft: 'default',
  archived: 'default',
  scheduled: 'blue',
  live: 'green',
  ended: 'orange',
};

/** 网站内容 → the website's pages, banners and announcements by kind, language and status; editors write them. */
export function SiteContentPage() {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const [editing, setEditing] = useState<{ item?: SiteContent }>();
  const [state, setState] = useUrlState(siteContentListSpec);
  const pages = useCursorPages(JSON.stringify(state));
  const list = useQuery({
    ...siteContentListQuery(toSiteContentQuery(state, pages.cursor)),
    placeholderData: keepPreviousData,
  });
  const firstPage = useQuery({
    ...siteContentListQuery(toSiteContentQuery(state, undefined)),
    enabled: false,
  });
  const filtered = isSiteContentListFiltered(state);
  const clear = () => setState(NO_SITE_CONTENT_FILTERS);
  const writer = can('content:write');
  const create = writer
    ? { label: t('salesCampaigns.content.create'), onClick: () => setEditing({}) }
    : undefined;
  const f = (key: string) => t(`salesCampaigns.content.fields.${key as 'title'}`);
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '—');

  const columns: TableProps<SiteContent>['columns'] = [
    { key: 'title', title: f('title'), render: (_, c) => c.title },
    { key: 'kind', title: f('kind'), render: (_, c) => t(`salesCampaigns.content.kinds.${c.kind}`) },
    {
      key: 'language',
      title: f('language'),
      render: (_, c) => t(`salesCampaigns.content.languages.${c.language}`),
    },
    { key: 'slug', title: f('slug'), render: (_, c) => c.slug },
    {
      key: 'status',
      title: f('status'),
      render: (_, c) => {
        const state = liveness(c);
        return <Tag color={LIVENESS_COLORS[state]}>{t(`salesCampaigns.content.liveness.${state}`)}</Tag>;
      },
    },
    {
      key: 'schedule',
      title: f('schedule'),
      render: (_, c) => `${when(c.publishFrom)} ~ ${when(c.publishUntil)}`,
    },
    ...(writer
      ? [
          {
            key: 'edit',
            title: '',
            render: (_: unknown, c: SiteContent) => (
              <Button size="small" onClick={() => setEditing({ item: c })}>
                {t('salesCampaigns.content.edit')}
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
        title={t('salesCampaigns.content.title')}
        subtitle={t('salesCampaigns.content.subtitle')}
        extra={<CreateButton create={create} />}
      />
      <FilterBar filtered={filtered} onClear={clear}>
        <Select
          aria-label={f('kind')}
          placeholder={t('salesCampaigns.content.anyKind')}
          allowClear
          value={state.kind}
          onChange={(kind) => setState({ kind })}
          options={SITE_CONTENT_KINDS.map((k) => ({
            value: k,
            label: t(`salesCampaigns.content.kinds.${k}`),
          }))}
          style={{ width: 140 }}
        />
        <Select
          aria-label={f('language')}
          placeholder={t('salesCampaigns.content.anyLanguage')}
          allowClear
          value={state.language}
          onChange={(language) => setState({ language })}
          options={SITE_LANGUAGES.map((l) => ({
            value: l,
            label: t(`salesCampaigns.content.languages.${l}`),
          }))}
          style={{ width: 140 }}
        />
        <Select
          aria-label={f('status')}
          placeholder={t('salesCampaigns.content.anyStatus')}
          allowClear
          value={state.status}
          onChange={(status) => setState({ status })}
          options={SITE_CONTENT_STATUSES.map((s) => ({
            value: s,
            label: t(`salesCampaigns.content.statuses.${s}`),
          }))}
          style={{ width: 140 }}
        />
      </FilterBar>
      <CursorTable<SiteContent>
        list={list}
        pages={pages}
        total={firstPage.data?.total}
        pageSize={state.limit}
        onPageSizeChange={(limit) => setState({ limit })}
        columns={columns}
        testId="site-content-table"
        empty={{
          noneText: t('salesCampaigns.content.empty'),
          filtered: filtered
            ? { text: t('salesCampaigns.content.emptyFiltered'), onClear: clear }
            : undefined,
          create,
        }}
      />
      <SiteContentEditorModal open={!!editing} item={editing?.item} onClose={() => setEditing(undefined)} />
    </Flex>
  );
}
