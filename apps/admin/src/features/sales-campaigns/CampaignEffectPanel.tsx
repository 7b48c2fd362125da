import { useQuery } from '@tanstack/react-query';
import { Card, Col, Progress, Row, Skeleton, Statistic } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../shared/money/money';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { campaignEffectQuery } from './campaigns.api';

// ECharts is heavy: only a campaign page with figures loads it.
const CampaignEffectChart = lazy(() => import('./CampaignEffectChart'));

const percent = (ratio: number | null) => (ratio === null ? '—' : `${(ratio * 100).toFixed(1)}%`);

/** Visits, orders, conversion and revenue against the plan (target revenue, budget), and per day. */
export function CampaignEffectPanel({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const effect = useQuery(campaignEffectQuery(campaignId));
  const e = (key: string) => t(`salesCampaigns.effect.${key as 'title'}`);
  if (effect.isError) return <QueryProblem error={effect.error} onRetry={() => void effect.refetch()} />;
  if (!effect.data) return <Skeleton active />;
  const data = effect.data;
  return (
    <Card title={e('title')} data-testid="campaign-effect">
      <Row gutter={[16, 16]}>
        <Col xs={12} md={4}>
          <Statistic title={e('visits')} value={data.visits} />
        </Col>
        <Col xs={12} md={4}>
          <Statistic title={e('orders')} value={data.orders} />
        </Col>
        <Col xs={12} md={4}>
          <Statistic title={e('conversionRate')} value={percent(data.conversionRate)} />
        </Col>
        <Col xs={12} md={4}>
          <Statistic title={e('revenue')} value={formatMoney(data.revenue)} />
        </Col>
        <Col xs={12} md={4}>
          <Statistic
            title={e('targetRevenue')}
            value={data.targetRevenue === null ? '—' : formatMoney(data.targetRevenue)}
          />
          {data.revenueAttainment !== null && (
            <Progress
              percent={Math.round(data.revenueAttainment * 100)}
              size="small"
              aria-label={e('attainment')}
            />
          )}
        </Col>
        <Col xs={12} md={4}>
          <Statistic title={e('returnOnBudget')} value={percent(data.returnOnBudget)} />
        </Col>
      </Row>
      <Suspense fallback={<Skeleton active />}>
        <CampaignEffectChart
          days={data.days}
          labels={{
            title: e('chartTitle'),
            visits: e('visits'),
            orders: e('orders'),
            revenue: e('revenueYuan'),
          }}
        />
      </Suspense>
    </Card>
  );
}
