import { useQuery } from '@tanstack/react-query';
import { Card, Col, Flex, Row, Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useUrlState } from '../../shared/url-state/use-url-state';
import {
  departmentQuery,
  downloadDepartment,
  drillDownHref,
  type DepartmentDashboard,
  type DepartmentName,
} from './dashboard.api';
import { chartSeries, dashboardLabel, figureNote, figureValue } from './department-figure-text';
import { DateFilter } from './DateFilter';
import { ExportButtons } from './ExportButtons';
import { FigureCard } from './FigureCard';
import { FiguresProblem } from './FiguresProblem';
import { chartFallback, dashboardSpec } from './GeneralManagerDashboard';
import { NoChartData } from './NoChartData';

const DepartmentChart = lazy(() => import('./DepartmentChart'));

/** One department's figures for a day, each a link into the list behind it, with its charts and exports. */
export function DepartmentDashboardView({ department }: { department: DepartmentName }) {
  const { t } = useTranslation();
  const [state, setState] = useUrlState(dashboardSpec);
  const figures = useQuery(departmentQuery(department, state.date));
  const date = figures.data?.date ?? state.date;
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t(`gmDashboard.tabs.${department}`)}
        subtitle={t('gmDashboard.subtitle', { date: date ?? '' })}
        extra={
          <Flex gap="small" wrap>
            <DateFilter
              label={t('gmDashboard.date')}
              value={state.date}
              onChange={(date) => setState({ date })}
            />
            {date ? (
              <ExportButtons download={(format) => downloadDepartment(department, format, date)} />
            ) : null}
          </Flex>
        }
      />
      {figures.isPending ? (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin />
        </Flex>
      ) : figures.isError ? (
        <FiguresProblem error={figures.error} onRetry={() => void figures.refetch()} />
      ) : (
        <DepartmentBody figures={figures.data} />
      )}
    </Flex>
  );
}

function DepartmentBody({ figures: d }: { figures: DepartmentDashboard }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <Row gutter={[16, 16]}>
        {d.figures.map((f) => (
          <Col key={f.key} xs={24} sm={12} lg={6}>
            <FigureCard
              testId={`figure-${f.key}`}
              title={dashboardLabel(t, 'figures', f.key)}
              value={figureValue(t, f.unit, f.value)}
              note={figureNote(t, f)}
              drillDown={f.drillDown}
            />
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]}>
        {d.charts.map((chart) => {
          const title = dashboardLabel(t, 'charts', chart.key);
          return (
            <Col key={chart.key} xs={24} lg={d.charts.length > 1 ? 12 : 24}>
              <Card title={title} size="small">
                {chart.points.length === 0 ? (
                  <NoChartData description={t('gmDashboard.noData')} />
                ) : (
                  <Suspense fallback={chartFallback}>
                    <DepartmentChart
                      kind={chart.kind}
                      title={title}
                      {...chartSeries(t, chart)}
                      onPick={(index) => {
                        const drillDown = chart.points[index]?.drillDown;
                        if (drillDown) void navigate(drillDownHref(drillDown));
                      }}
                    />
                  </Suspense>
                )}
              </Card>
            </Col>
          );
        })}
      </Row>
    </>
  );
}
