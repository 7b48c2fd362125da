import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { DatePicker, Flex, Select, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { PATHS } from '../../app/paths';
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
import { isReportListFiltered, NO_REPORT_FILTERS, reportListSpec, toReportQuery } from './report-list-state';
import { reportPath } from './report-paths';
import { REPORT_LEVELS, reportListQuery, salesTerritoriesQuery, type OperatingReport } from './reports.api';

/** 运营情况 → the reports of one's territory, cities and regional roll-ups, by month, level and unit. */
export function ReportsPage() {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const navigate = useNavigate();
  const [state, setState] = useUrlState(reportListSpec);
  const pages = useCursorPages(JSON.stringify(state));
  const list = useQuery({
    ...reportListQuery(toReportQuery(state, pages.cursor)),
    placeholderData: keepPreviousData,
  });
  const firstPage = useQuery({ ...reportListQuery(toReportQuery(state, undefined)), enabled: false });
  const territories = useQuery({ ...salesTerritoriesQuery(), enabled: can('sales-territories:read') });
  const units = (territories.data?.data ?? []).filter((u) => u.kind !== 'province');
  const unitName = (id: string) => units.find((u) => u.id === id)?.name ?? id.slice(0, 8);
  const filtered = isReportListFiltered(state);
  const clear = () => setState(NO_REPORT_FILTERS);
  const create = can('operating-reports:submit')
    ? { label: t('salesReports.list.submit'), onClick: () => void navigate(PATHS.newSalesReport) }
    : undefined;
  const f = (key: string) => t(`salesReports.fields.${key as 'number'}`);

  const columns: TableProps<OperatingReport>['columns'] = [
    { key: 'number', title: f('number'), render: (_, r) => <Link to={reportPath(r.id)}>{r.number}</Link> },
    { key: 'period', title: f('period'), render: (_, r) => r.period },
    { key: 'unit', title: f('unit'), render: (_, r) => unitName(r.orgUnitId) },
    { key: 'level', title: f('level'), render: (_, r) => t(`salesReports.levels.${r.level}`) },
    { key: 'netSales', title: f('netSales'), align: 'right', render: (_, r) => formatMoney(r.netSales) },
    { key: 'orderCount', title: f('orderCount'), align: 'right', render: (_, r) => r.orderCount },
    {
      key: 'codOutstanding',
      title: f('codOutstanding'),
      align: 'right',
      render: (_, r) => formatMoney(r.codOutstanding),
    },
    {
      key: 'submittedAt',
      title: f('submittedAt'),
      render: (_, r) => formatDateTime(r.submittedAt, i18n.language),
    },
  ];

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('salesReports.list.title')}
        subtitle={t('salesReports.list.subtitle')}
        extra={<CreateButton create={create} />}
      />
      <FilterBar filtered={filtered} onClear={clear}>
        <DatePicker
          picker="month"
          aria-label={f('period')}
          placeholder={t('salesReports.list.period')}
          value={state.period ? dayjs(`${state.period}-01`) : null}
          onChange={(month) => setState({ period: month?.format('YYYY-MM') })}
        />
        <Select
          aria-label={f('level')}
          placeholder={t('salesReports.list.anyLevel')}
          allowClear
          value={state.level}
          onChange={(level) => setState({ level })}
          options={REPORT_LEVELS.map((l) => ({ value: l, label: t(`salesReports.levels.${l}`) }))}
          style={{ width: 140 }}
        />
        <Select
          aria-label={f('unit')}
          placeholder={t('salesReports.list.anyUnit')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={state.unit}
          onChange={(unit) => setState({ unit })}
          options={units.map((u) => ({
            value: u.id,
            label: `${u.name}（${t(`salesReports.territoryKinds.${u.kind}`)}）`,
          }))}
          style={{ width: 200 }}
        />
      </FilterBar>
      <CursorTable<OperatingReport>
        list={list}
        pages={pages}
        total={firstPage.data?.total}
        pageSize={state.limit}
        onPageSizeChange={(limit) => setState({ limit })}
        columns={columns}
        testId="operating-reports-table"
        empty={{
          noneText: t('salesReports.list.empty'),
          filtered: filtered ? { text: t('salesReports.list.emptyFiltered'), onClear: clear } : undefined,
          create,
        }}
      />
    </Flex>
  );
}
