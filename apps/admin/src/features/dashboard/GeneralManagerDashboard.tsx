import { useQuery } from '@tanstack/react-query';
import { Card, Col, Flex, Row, Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { formatMoney } from '../../shared/money/money';
import { PageHeader } from '../../shared/ui/PageHeader';
import { DATE_PATTERN, matchingParam, type UrlStateSpec } from '../../shared/url-state/url-state';
import { useUrlState } from '../../shared/url-state/use-url-state';
import {
  downloadGeneralManager,
  drillDownHref,
  generalManagerQuery,
  type GeneralManagerDashboard as Figures,
} from './dashboard.api';
import { DateFilter } from './DateFilter';
import { ExportButtons } from './ExportButtons';
import { FigureCard } from './FigureCard';
import { FiguresProblem } from './FiguresProblem';
import { NoChartData } from './NoChartData';

const TerritorySalesChart = lazy(() => import('./TerritorySalesChart'));
const OrderFunnelChart = lazy(() => import('./OrderFunnelChart'));

export const dashboardSpec: UrlStateSpec<{ date: string | undefined }> = {
  date: matchingParam(DATE_PATTERN),
};

export const chartFallback = (
  <Flex justify="center" style={{ height: 320 }} align="center">
    <Spin />
  </Flex>
);

/** 总经理看板: the company's figures for a day, each one a way into the list behind it. */
export function GeneralManagerDashboard() {
  const { t } = useTranslation();
  const [state, setState] = useUrlState(dashboardSpec);
  const figures = useQuery(generalManagerQuery(state.date));
  const date = figures.data?.date ?? state.date;
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('gmDashboard.title')}
        subtitle={t('gmDashboard.subtitle', { date: date ?? '' })}
        extra={
          <Flex gap="small" wrap>
            <DateFilter
              label={t('gmDashboard.date')}
              value={state.date}
              onChange={(date) => setState({ date })}
            />
            {date ? <ExportButtons download={(format) => downloadGeneralManager(format, date)} /> : null}
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
        <DashboardBody figures={figures.data} />
      )}
    </Flex>
  );
}

function DashboardBody({ figures: f }: { figures: Figures }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const cards = [
    {
      key: 'salesToday',
      title: t('gmDashboard.figures.salesToday'),
      value: formatMoney(f.salesToday.amount),
      note: t('gmDashboard.orders', { count: f.salesToday.orders }),
      drillDown: f.salesToday.drillDown,
    },
    {
      key: 'salesThisMonth',
      title: t('gmDashboard.figures.salesThisMonth'),
      value: formatMoney(f.salesThisMonth.amount),
      note: t('gmDashboard.orders', { count: f.salesThisMonth.orders }),
      drillDown: f.salesThisMonth.drillDown,
    },
    {
      key: 'cash',
      title: t('gmDashboard.figures.cash'),
      value: formatMoney(f.cash.amount),
      note: f.cash.accounts.map((a) => `${a.code} ${formatMoney(a.amount)}`).join(' · '),
      drillDown: f.cash.drillDown,
    },
    {
      key: 'codOutstanding',
      title: t('gmDashboard.figures.codOutstanding'),
      value: formatMoney(f.codOutstanding.amount),
      note: t('gmDashboard.remittances', { count: f.codOutstanding.remittances }),
      drillDown: f.codOutstanding.drillDown,
    },
    {
      key: 'payablesDue',
      title: t('gmDashboard.figures.payablesDue'),
      value: formatMoney(f.payablesDue.amount),
      note: t('gmDashboard.payables', { count: f.payablesDue.payables, dueBy: f.payablesDue.dueBy }),
      drillDown: f.payablesDue.drillDown,
    },
    {
      key: 'stockAlerts',
      title: t('gmDashboard.figures.stockAlerts'),
      value: f.stockAlerts.count,
      drillDown: f.stockAlerts.drillDown,
    },
    {
      key: 'slaBreaches',
      title: t('gmDashboard.figures.slaBreaches'),
      value: f.slaBreaches.count,
      drillDown: f.slaBreaches.drillDown,
    },
    {
      key: 'headcount',
      title: t('gmDashboard.figures.headcount'),
      value: `${f.headcount.inPost} / ${f.headcount.planned}`,
      note: t('gmDashboard.headcountNote'),
      drillDown: f.headcount.drillDown,
    },
  ];
  const territories = f.territories;
  return (
    <>
      <Row gutter={[16, 16]}>
        {cards.map((card) => (
          <Col key={card.key} xs={24} sm={12} lg={6}>
            <FigureCard testId={`figure-${card.key}`} {...card} />
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('gmDashboard.charts.territories')} size="small">
            {territories.length === 0 ? (
              <NoChartData description={t('gmDashboard.noTerritories')} />
            ) : (
              <Suspense fallback={chartFallback}>
                <TerritorySalesChart
                  title={t('gmDashboard.charts.territories')}
                  categories={territories.map((u) => u.name)}
                  series={[
                    { name: t('gmDashboard.today'), values: territories.map((u) => u.today.amount / 100) },
                    { name: t('gmDashboard.month'), values: territories.map((u) => u.month.amount / 100) },
                  ]}
                  onPick={(index) => void navigate(drillDownHref(territories[index].month.drillDown))}
                />
              </Suspense>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('gmDashboard.charts.funnel')} size="small">
            <Suspense fallback={chartFallback}>
              <OrderFunnelChart
                title={t('gmDashboard.charts.funnel')}
                stages={f.funnel.map((s) => ({ name: t(`gmDashboard.stages.${s.stage}`), value: s.count }))}
                onPick={(index) => void navigate(drillDownHref(f.funnel[index].drillDown))}
              />
            </Suspense>
          </Card>
        </Col>
      </Row>
    </>
  );
}
