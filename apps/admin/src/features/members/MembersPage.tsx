import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Flex, Select, Tag, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { customerPath, PATHS } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { formatDateTime } from '../../shared/format/date-time';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CursorTable } from '../../shared/ui/CursorTable';
import { FilterBar } from '../../shared/ui/FilterBar';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { SearchBox } from '../../shared/ui/SearchBox';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { customerListQuery, type CustomerSummary } from '../customers/customers.api';
import { OrgUnitTreeSelect } from '../org-units/OrgUnitTreeSelect';
import {
  CUSTOMER_SOURCES,
  isMemberListFiltered,
  MEMBERSHIPS,
  memberListSpec,
  NO_MEMBER_FILTERS,
  toCustomerQuery,
} from './member-list-state';
import { levelName } from './members.api';

/**
 * 会员 → customers and members, newest first; search, membership, source and territory kept in the URL. Phones
 * and addresses come masked from the API for roles without personal-data access, and are shown as they come.
 */
export function MembersPage() {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const [state, setState] = useUrlState(memberListSpec);
  const pages = useCursorPages(JSON.stringify(state));
  const list = useQuery({
    ...customerListQuery(toCustomerQuery(state, pages.cursor)),
    placeholderData: keepPreviousData,
  });
  const firstPage = useQuery({ ...customerListQuery(toCustomerQuery(state, undefined)), enabled: false });
  const filtered = isMemberListFiltered(state);
  const clear = () => setState(NO_MEMBER_FILTERS);

  const columns: TableProps<CustomerSummary>['columns'] = [
    {
      key: 'name',
      title: t('members.fields.name'),
      render: (_, c) => <Link to={customerPath(c.id)}>{c.name}</Link>,
    },
    { key: 'number', title: t('members.fields.number'), render: (_, c) => c.number },
    { key: 'phone', title: t('orders.customer.phone'), render: (_, c) => c.phone },
    {
      key: 'city',
      title: t('members.fields.city'),
      render: (_, c) => c.defaultAddress?.cityName ?? t('common.none'),
    },
    {
      key: 'membership',
      title: t('members.fields.level'),
      render: (_, c) =>
        c.membership ? (
          <Tag color="gold">
            {c.membership.level ? levelName(c.membership.level, i18n.language) : c.membership.number}
          </Tag>
        ) : (
          <Typography.Text type="secondary">{t('orders.customer.notMember')}</Typography.Text>
        ),
    },
    {
      key: 'source',
      title: t('orders.customer.source'),
      render: (_, c) => t(`orders.customer.sources.${c.source as (typeof CUSTOMER_SOURCES)[number]}`),
    },
    {
      key: 'tags',
      title: t('members.fields.tags'),
      render: (_, c) => c.tags.map((tag) => <Tag key={tag}>{tag}</Tag>),
    },
    {
      key: 'createdAt',
      title: t('orders.customer.createdAt'),
      render: (_, c) => formatDateTime(c.createdAt, i18n.language),
    },
  ];

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  const masked = list.data?.data.some((c) => c.masked);
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('members.list.title')}
        subtitle={t('members.list.subtitle')}
        extra={
          can('member-levels:read') && <Link to={PATHS.memberLevels}>{t('members.list.levelsLink')}</Link>
        }
      />
      <FilterBar filtered={filtered} onClear={clear}>
        <SearchBox
          label={t('members.list.search')}
          value={state.q}
          onSearch={(q) => setState({ q })}
          style={{ width: 260 }}
        />
        <Select
          aria-label={t('members.fields.level')}
          placeholder={t('members.list.anyMembership')}
          allowClear
          value={state.membership}
          onChange={(membership) => setState({ membership })}
          options={MEMBERSHIPS.map((value) => ({ value, label: t(`members.memberships.${value}`) }))}
          style={{ width: 140 }}
        />
        <Select
          aria-label={t('orders.customer.source')}
          placeholder={t('members.list.anySource')}
          allowClear
          value={state.source}
          onChange={(source) => setState({ source })}
          options={CUSTOMER_SOURCES.map((value) => ({ value, label: t(`orders.customer.sources.${value}`) }))}
          style={{ width: 140 }}
        />
        <OrgUnitTreeSelect
          aria-label={t('members.list.territory')}
          placeholder={t('members.list.anyTerritory')}
          allowClear
          value={state.territoryId}
          onChange={(territoryId) => setState({ territoryId })}
          style={{ width: 200 }}
        />
      </FilterBar>
      {masked && <Typography.Text type="secondary">{t('orders.phoneOrder.masked')}</Typography.Text>}
      <CursorTable<CustomerSummary>
        list={list}
        pages={pages}
        total={firstPage.data?.total}
        pageSize={state.limit}
        onPageSizeChange={(limit) => setState({ limit })}
        columns={columns}
        testId="members-table"
        empty={{
          noneText: t('members.list.empty'),
          filtered: filtered ? { text: t('members.list.emptyFiltered'), onClear: clear } : undefined,
        }}
      />
    </Flex>
  );
}
