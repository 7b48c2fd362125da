import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Flex, Select, Tag, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { orderPath, PATHS, returnPath } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { formatDateTime } from '../../shared/format/date-time';
import { formatMoney } from '../../shared/money/money';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CreateButton } from '../../shared/ui/CreateButton';
import { CursorTable } from '../../shared/ui/CursorTable';
import { FilterBar } from '../../shared/ui/FilterBar';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { isReturnListFiltered, NO_RETURN_FILTERS, returnListSpec, toReturnQuery } from './return-list-state';
import { RETURN_KINDS, RETURN_STATUSES, returnListQuery, type ReturnSummary } from './returns.api';
import { ReturnStatusTag } from './ReturnStatusTag';

/** 售后 → returns and exchanges, newest first; status, kind and order kept in the URL. */
export function ReturnsPage() {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const navigate = useNavigate();
  const [state, setState] = useUrlState(returnListSpec);
  const pages = useCursorPages(JSON.stringify(state));
  const list = useQuery({
    ...returnListQuery(toReturnQuery(state, pages.cursor)),
    placeholderData: keepPreviousData,
  });
  const firstPage = useQuery({ ...returnListQuery(toReturnQuery(state, undefined)), enabled: false });
  const filtered = isReturnListFiltered(state);
  const clear = () => setState(NO_RETURN_FILTERS);
  // A return starts from its order: the delivered ones are where "request return" is offered.
  const create =
    can('returns:write') && can('orders:read')
      ? { label: t('returns.list.create'), onClick: () => void navigate(`${PATHS.orders}?status=delivered`) }
      : undefined;

  const columns: TableProps<ReturnSummary>['columns'] = [
    {
      key: 'number',
      title: t('returns.fields.number'),
      render: (_, r) => <Link to={returnPath(r.id)}>{r.number}</Link>,
    },
    {
      key: 'kind',
      title: t('returns.fields.kind'),
      render: (_, r) => (
        <Tag color={r.kind === 'exchange' ? 'purple' : 'default'}>{t(`returns.kinds.${r.kind}`)}</Tag>
      ),
    },
    {
      key: 'status',
      title: t('returns.fields.status'),
      render: (_, r) => <ReturnStatusTag status={r.status} />,
    },
    {
      key: 'order',
      title: t('returns.fields.order'),
      render: (_, r) =>
        can('orders:read') ? <Link to={orderPath(r.orderId)}>{t('returns.list.openOrder')}</Link> : null,
    },
    {
      key: 'refund',
      title: t('returns.fields.refundAmount'),
      align: 'right',
      render: (_, r) => (r.refundAmount > 0 ? formatMoney(r.refundAmount) : t('common.none')),
    },
    {
      key: 'createdAt',
      title: t('returns.fields.createdAt'),
      render: (_, r) => formatDateTime(r.createdAt, i18n.language),
    },
  ];

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('returns.list.title')}
        subtitle={t('returns.list.subtitle')}
        extra={<CreateButton create={create} />}
      />
      <FilterBar filtered={filtered} onClear={clear}>
        <Select
          aria-label={t('returns.fields.status')}
          placeholder={t('returns.list.anyStatus')}
          allowClear
          value={state.status}
          onChange={(status) => setState({ status })}
          options={RETURN_STATUSES.map((status) => ({
            value: status,
            label: t(`returns.statuses.${status}`),
          }))}
          style={{ width: 140 }}
        />
        <Select
          aria-label={t('returns.fields.kind')}
          placeholder={t('returns.list.anyKind')}
          allowClear
          value={state.kind}
          onChange={(kind) => setState({ kind })}
          options={RETURN_KINDS.map((kind) => ({ value: kind, label: t(`returns.kinds.${kind}`) }))}
          style={{ width: 120 }}
        />
        {state.orderId && (
          <Tag closable onClose={() => setState({ orderId: undefined })} style={{ alignSelf: 'center' }}>
            {t('returns.list.oneOrder')}
          </Tag>
        )}
      </FilterBar>
      <CursorTable<ReturnSummary>
        list={list}
        pages={pages}
        total={firstPage.data?.total}
        pageSize={state.limit}
        onPageSizeChange={(limit) => setState({ limit })}
        columns={columns}
        testId="returns-table"
        empty={{
          noneText: t('returns.list.empty'),
          filtered: filtered ? { text: t('returns.list.emptyFiltered'), onClear: clear } : undefined,
          create,
        }}
      />
    </Flex>
  );
}
