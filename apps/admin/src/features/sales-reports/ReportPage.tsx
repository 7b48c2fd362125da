import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Flex, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PATHS } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { formatDateTime } from '../../shared/format/date-time';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { ExpenseBar } from './ExpenseBar';
import { RegionCities, type RegionCity } from './RegionCities';
import { ReportFigures } from './ReportFigures';
import { reportListQuery, reportQuery, salesTerritoriesQuery, type OperatingReport } from './reports.api';

/** A region's cities with the city reports its roll-up summed (a city missing from the sum had not reported). */
function useRegionCities(report: OperatingReport | undefined): RegionCity[] | undefined {
  const can = usePermissions();
  const isRegion = report?.level === 'region';
  const territories = useQuery({
    ...salesTerritoriesQuery(),
    enabled: isRegion && can('sales-territories:read'),
  });
  const cityReports = useQuery({
    ...reportListQuery({ period: report?.period, level: 'city', limit: 200 }),
    enabled: isRegion,
  });
  if (!report || !isRegion || !cityReports.data) return undefined;
  const sources = cityReports.data.data.filter((r) => report.sourceReportIds.includes(r.id));
  const cities = (territories.data?.data ?? []).filter(
    (u) => u.kind === 'city' && u.parentId === report.orgUnitId,
  );
  if (cities.length === 0)
    return sources.map((r) => ({ orgUnitId: r.orgUnitId, name: r.number, reportId: r.id }));
  return cities.map((city) => ({
    orgUnitId: city.id,
    name: city.name,
    reportId: sources.find((r) => r.orgUnitId === city.id)?.id ?? null,
  }));
}

/** One operating report: the frozen figures, expenses against budget, the commentary and, for a region, its cities. */
export function ReportPage() {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const { reportId = '' } = useParams();
  const report = useQuery(reportQuery(reportId));
  const territories = useQuery({ ...salesTerritoriesQuery(), enabled: can('sales-territories:read') });
  const cities = useRegionCities(report.data);

  if (report.isError) return <QueryProblem error={report.error} onRetry={() => void report.refetch()} />;
  if (!report.data) return <Spin />;
  const r = report.data;
  const unitName = territories.data?.data.find((u) => u.id === r.orgUnitId)?.name ?? r.orgUnitId.slice(0, 8);
  const f = (key: string) => t(`salesReports.fields.${key as 'number'}`);

  return (
    <Flex vertical gap="middle">
      <Link to={PATHS.salesReports}>
        <ArrowLeftOutlined /> {t('salesReports.list.title')}
      </Link>
      <div>
        <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4 }}>
          {unitName} · {r.period} <Tag>{t(`salesReports.levels.${r.level}`)}</Tag>
        </Typography.Title>
        <Typography.Text type="secondary">
          {r.number} · {f('submittedAt')} {formatDateTime(r.submittedAt, i18n.language)}
        </Typography.Text>
      </div>
      <Card title={t('salesReports.report.figures')}>
        <ReportFigures figures={r} testId="report-figures" />
      </Card>
      <Card title={t('salesReports.expenses.title')}>
        <ExpenseBar expenses={r.expenses} budget={r.expenseBudget} />
      </Card>
      <Card title={t('salesReports.report.commentary')}>
        <Descriptions column={1}>
          <Descriptions.Item label={f('commentary')}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
              {r.commentary}
            </Typography.Paragraph>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {r.level === 'region' && (
        <Card title={t('salesReports.report.sources')}>
          {cities ? <RegionCities cities={cities} /> : <Spin />}
        </Card>
      )}
    </Flex>
  );
}
