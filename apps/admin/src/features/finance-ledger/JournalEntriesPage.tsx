import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { DatePicker, Flex, Select, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { journalEntryPath, PATHS } from '../../app/paths';
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
import { AccountSelect } from './AccountSelect';
import { EntrySource } from './EntrySource';
import { EntryStatusTag } from './EntryStatusTag';
import { ENTRY_STATUSES, entryListQuery, type JournalEntrySummary } from './ledger.api';
import { entryListSpec, isEntryListFiltered, NO_ENTRY_FILTERS, toEntryQuery } from './ledger-list-state';

const SOURCE_TYPES = [
  'order',
  'cod_collection',
  'cod_remittance',
  'refund',
  'return',
  'goods_receipt',
  'supplier_invoice',
  'payment_run',
  'payroll_run',
  'expense_claim',
  'fixed_asset',
] as const;

/** 记账凭证 → every entry, newest first; period, account, source and status kept in the URL. */
export function JournalEntriesPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const navigate = useNavigate();
  const [state, setState] = useUrlState(entryListSpec);
  const pages = useCursorPages(JSON.stringify(state));
  const list = useQuery({
    ...entryListQuery(toEntryQuery(state, pages.cursor)),
    placeholderData: keepPreviousData,
  });
  const firstPage = useQuery({ ...entryListQuery(toEntryQuery(state, undefined)), enabled: false });
  const filtered = isEntryListFiltered(state);
  const clear = () => setState(NO_ENTRY_FILTERS);
  const create = can('journal-entries:write')
    ? { label: t('financeLedger.entries.create'), onClick: () => void navigate(PATHS.newJournalEntry) }
    : undefined;

  const columns: TableProps<JournalEntrySummary>['columns'] = [
    {
      key: 'number',
      title: t('financeLedger.fields.number'),
      render: (_, e) => (
        <Link to={journalEntryPath(e.id)}>{e.number ?? t('financeLedger.entries.draftNumber')}</Link>
      ),
    },
    { key: 'date', title: t('financeLedger.fields.entryDate'), render: (_, e) => e.entryDate },
    { key: 'description', title: t('financeLedger.fields.description'), render: (_, e) => e.description },
    {
      key: 'amount',
      title: t('financeLedger.fields.amount'),
      align: 'right',
      render: (_, e) => formatMoney(e.totalAmount),
    },
    {
      key: 'source',
      title: t('financeLedger.fields.source'),
      render: (_, e) => <EntrySource source={e.source} />,
    },
    {
      key: 'status',
      title: t('financeLedger.fields.status'),
      render: (_, e) => <EntryStatusTag status={e.status} />,
    },
  ];

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('financeLedger.entries.title')}
        subtitle={t('financeLedger.entries.subtitle')}
        extra={<CreateButton create={create} />}
      />
      <FilterBar filtered={filtered} onClear={clear}>
        <DatePicker
          picker="month"
          aria-label={t('financeLedger.fields.period')}
          placeholder={t('financeLedger.entries.anyPeriod')}
          value={state.period ? dayjs(`${state.period}-01`) : null}
          onChange={(month) => setState({ period: month?.format('YYYY-MM') })}
        />
        <AccountSelect
          aria-label={t('financeLedger.fields.account')}
          placeholder={t('financeLedger.entries.anyAccount')}
          allowClear
          value={state.account}
          onChange={(account) => setState({ account })}
          style={{ width: 220 }}
        />
        <Select
          aria-label={t('financeLedger.fields.source')}
          placeholder={t('financeLedger.entries.anySource')}
          allowClear
          value={state.source}
          onChange={(source) => setState({ source })}
          options={SOURCE_TYPES.map((source) => ({
            value: source,
            label: t(`financeLedger.sources.${source}`),
          }))}
          style={{ width: 160 }}
        />
        <Select
          aria-label={t('financeLedger.fields.status')}
          placeholder={t('financeLedger.entries.anyStatus')}
          allowClear
          value={state.status}
          onChange={(status) => setState({ status })}
          options={ENTRY_STATUSES.map((status) => ({
            value: status,
            label: t(`financeLedger.entryStatuses.${status}`),
          }))}
          style={{ width: 120 }}
        />
      </FilterBar>
      <CursorTable<JournalEntrySummary>
        list={list}
        pages={pages}
        total={firstPage.data?.total}
        pageSize={state.limit}
        onPageSizeChange={(limit) => setState({ limit })}
        columns={columns}
        testId="journal-entries-table"
        empty={{
          noneText: t('financeLedger.entries.empty'),
          filtered: filtered ? { text: t('financeLedger.entries.emptyFiltered'), onClear: clear } : undefined,
          create,
        }}
      />
    </Flex>
  );
}
