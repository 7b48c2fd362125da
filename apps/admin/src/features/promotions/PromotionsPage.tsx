import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Flex, Select, Tag, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { PATHS, promotionPath } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { formatDateTime } from '../../shared/format/date-time';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CreateButton } from '../../shared/ui/CreateButton';
import { CursorTable } from '../../shared/ui/CursorTable';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { SearchBox } from '../../shared/ui/SearchBox';
import {
  differsFromFallback,
  intParam,
  optionalEnumParam,
  textParam,
  type UrlStateSpec,
} from '../../shared/url-state/url-state';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { promotionTerms } from './promotion-terms';
import {
  PROMOTION_STATUSES,
  promotionListQuery,
  type Promotion,
  type PromotionStatus,
} from './promotions.api';
import { PromotionStatusTag } from './PromotionStatusTag';

interface PromotionListState {
  status: PromotionStatus | undefined;
  q: string;
  limit: number;
}

const listSpec: UrlStateSpec<PromotionListState> = {
  status: optionalEnumParam(PROMOTION_STATUSES),
  q: textParam(100),
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};

/** Catalog → Promotions: newest first, by status or name; each opens in its editor. */
export function PromotionsPage() {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const navigate = useNavigate();
  const [state, setState] = useUrlState(listSpec);
  const pages = useCursorPages(JSON.stringify(state));
  const query = (cursor: string | undefined) => ({
    status: state.status,
    q: state.q || undefined,
    limit: state.limit,
    cursor,
    count: cursor ? undefined : true,
  });
  const list = useQuery({ ...promotionListQuery(query(pages.cursor)), placeholderData: keepPreviousData });
  const firstPage = useQuery({ ...promotionListQuery(query(undefined)), enabled: false });
  const filtered = differsFromFallback(listSpec, state, ['status', 'q']);
  const create = can('promotions:write')
    ? { label: t('promotions.create'), onClick: () => void navigate(PATHS.newPromotion) }
    : undefined;

  const columns: TableProps<Promotion>['columns'] = [
    { key: 'number', dataIndex: 'number', title: t('promotions.columns.number') },
    {
      key: 'name',
      dataIndex: 'name',
      title: t('promotions.columns.name'),
      render: (name: string, promotion) => <Link to={promotionPath(promotion.id)}>{name}</Link>,
    },
    {
      key: 'terms',
      title: t('promotions.columns.terms'),
      render: (_, promotion) => promotionTerms(t, promotion),
    },
    {
      key: 'window',
      title: t('promotions.columns.window'),
      render: (_, promotion) =>
        `${formatDateTime(promotion.startsAt, i18n.language)} – ${formatDateTime(promotion.endsAt, i18n.language)}`,
    },
    {
      key: 'channels',
      dataIndex: 'channels',
      title: t('promotions.columns.channels'),
      render: (channels: Promotion['channels']) =>
        channels.map((channel) => <Tag key={channel}>{t(`pricing.channels.${channel}`)}</Tag>),
    },
    { key: 'priority', dataIndex: 'priority', title: t('promotions.columns.priority'), align: 'right' },
    {
      key: 'stacking',
      title: t('promotions.columns.stacking'),
      render: (_, promotion) =>
        promotion.stacking === 'exclusive'
          ? t('promotions.stacking.exclusive')
          : promotion.exclusionGroup
            ? t('promotions.stacking.combinableInGroup', { group: promotion.exclusionGroup })
            : t('promotions.stacking.combinable'),
    },
    {
      key: 'usage',
      title: t('promotions.columns.usage'),
      align: 'right',
      render: (_, promotion) =>
        promotion.totalLimit ? `${promotion.timesUsed} / ${promotion.totalLimit}` : promotion.timesUsed,
    },
    {
      key: 'status',
      dataIndex: 'status',
      title: t('promotions.columns.status'),
      render: (status: PromotionStatus) => <PromotionStatusTag status={status} />,
    },
  ];

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('promotions.title')}
        subtitle={t('promotions.subtitle')}
        extra={<CreateButton create={create} />}
      />
      <Flex gap="small" wrap role="search">
        <SearchBox value={state.q} label={t('promotions.filters.search')} onSearch={(q) => setState({ q })} />
        <Select
          aria-label={t('promotions.filters.status')}
          placeholder={t('promotions.filters.anyStatus')}
          allowClear
          value={state.status}
          onChange={(status) => setState({ status })}
          options={PROMOTION_STATUSES.map((status) => ({
            value: status,
            label: t(`promotions.statuses.${status}`),
          }))}
          style={{ width: 140 }}
        />
        {filtered && (
          <Button type="link" onClick={() => setState({ status: undefined, q: '' })}>
            {t('common.clearFilters')}
          </Button>
        )}
      </Flex>
      <CursorTable<Promotion>
        list={list}
        pages={pages}
        total={firstPage.data?.total}
        pageSize={state.limit}
        onPageSizeChange={(limit) => setState({ limit })}
        columns={columns}
        empty={{
          noneText: t('promotions.empty.none'),
          filtered: filtered
            ? { text: t('promotions.empty.filtered'), onClear: () => setState({ status: undefined, q: '' }) }
            : undefined,
          create,
        }}
      />
    </Flex>
  );
}
