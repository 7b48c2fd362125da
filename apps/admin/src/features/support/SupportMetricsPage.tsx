import { useQuery } from '@tanstack/react-query';
import { Card, DatePicker, Flex, Progress, Segmented, Spin, Table, Typography, type TableProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import '../../shared/format/dayjs-locales';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { DATE_PATTERN, enumParam, matchingParam, type UrlStateSpec } from '../../shared/url-state/url-state';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { OrgUnitName } from '../org-units/OrgUnitName';
import { splitMinutes } from './sla-timer';
import { metricsQuery, type MetricsRow } from './support.api';
import { useAgentNames, useQueueNames } from './SupportTags';

const MetricsChart = lazy(() => import('./MetricsChart'));
const GROUPS = ['agent', 'queue', 'team'] as const;

interface MetricsState {
  from: string | undefined;
  to: string | undefined;
  groupBy: (typeof GROUPS)[number];
}
export const metricsSpec: UrlStateSpec<MetricsState> = {
  from: matchingParam(DATE_PATTERN),
  to: matchingParam(DATE_PATTERN),
  groupBy: enumParam(GROUPS, 'agent'),
};

/** The period asked for, or the last 30 days up to today. */
export function metricsPeriod(state: Pick<MetricsState, 'from' | 'to'>, today = dayjs()) {
  const to = state.to ?? today.format('YYYY-MM-DD');
  const from = state.from ?? dayjs(to).subtract(29, 'day').format('YYYY-MM-DD');
  return { from, to };
}

/** 客服指标 → first response, resolution, SLA attainment and satisfaction per agent, queue or team, for a period. */
export function SupportMetricsPage() {
  const { t } = useTranslation();
  const [state, setState] = useUrlState(metricsSpec);
  const period = metricsPeriod(state);
  const metrics = useQuery(metricsQuery({ ...period, groupBy: state.groupBy }));
  const agentName = useAgentNames();
  const queueName = useQueueNames();
  const minutes = (value: number | null) => {
    if (value === null) return t('common.none');
    const split = splitMinutes(value);
    return split.hours
      ? t('support.sla.duration', { hours: split.hours, minutes: split.minutes })
      : t('support.sla.durationMinutes', { minutes: split.minutes });
  };
  const label = (row: MetricsRow) =>
    row.key === null
      ? t('support.metrics.unassigned')
      : state.groupBy === 'agent'
        ? agentName(row.key)
        : state.groupBy === 'queue'
          ? queueName(row.key)
          : row.key;
  const nameCell = (row: MetricsRow) =>
    state.groupBy === 'team' && row.key ? <OrgUnitName id={row.key} /> : label(row);

  const columns: TableProps<MetricsRow & { total?: boolean }>['columns'] = [
    {
      key: 'key',
      title: t('support.metrics.fields.key'),
      render: (_, row) => (row.total ? <strong>{t('support.metrics.total')}</strong> : nameCell(row)),
    },
    {
      key: 'created',
      title: t('support.metrics.fields.created'),
      align: 'right',
      render: (_, r) => r.created,
    },
    {
      key: 'resolved',
      title: t('support.metrics.fields.resolved'),
      align: 'right',
      render: (_, r) => r.resolved,
    },
    {
      key: 'avgFirstResponse',
      title: t('support.metrics.fields.avgFirstResponse'),
      align: 'right',
      render: (_, r) => minutes(r.avgFirstResponseMinutes),
    },
    {
      key: 'avgResolution',
      title: t('support.metrics.fields.avgResolution'),
      align: 'right',
      render: (_, r) => minutes(r.avgResolutionMinutes),
    },
    {
      key: 'sla',
      title: t('support.metrics.fields.slaAttainment'),
      render: (_, r) =>
        r.slaAttainmentPercent === null ? (
          t('common.none')
        ) : (
          <Progress
            percent={r.slaAttainmentPercent}
            size="small"
            style={{ width: 140 }}
            status={r.slaAttainmentPercent < 80 ? 'exception' : 'normal'}
            format={(p) => `${p}%`}
          />
        ),
    },
    {
      key: 'satisfaction',
      title: t('support.metrics.fields.avgSatisfaction'),
      render: (_, r) =>
        r.avgSatisfaction === null ? (
          t('common.none')
        ) : (
          <span>
            {r.avgSatisfaction.toFixed(2)}{' '}
            <Typography.Text type="secondary">
              {t('support.metrics.responses', { count: r.satisfactionResponses })}
            </Typography.Text>
          </span>
        ),
    },
    {
      key: 'followUps',
      title: t('support.metrics.fields.followUpsDone'),
      align: 'right',
      render: (_, r) => r.followUpsDone,
    },
  ];

  const rows = metrics.data?.rows ?? [];
  return (
    <Flex vertical gap="middle">
      <PageHeader title={t('support.metrics.title')} subtitle={t('support.metrics.subtitle')} />
      <Flex gap="small" wrap>
        <DatePicker.RangePicker
          aria-label={t('support.metrics.period')}
          allowClear={false}
          value={[dayjs(period.from), dayjs(period.to)]}
          onChange={(days) =>
            setState({
              from: (days?.[0] as Dayjs | null)?.format('YYYY-MM-DD'),
              to: (days?.[1] as Dayjs | null)?.format('YYYY-MM-DD'),
            })
          }
        />
        <Segmented
          aria-label={t('support.metrics.groupLabel')}
          value={state.groupBy}
          onChange={(groupBy) => setState({ groupBy })}
          options={GROUPS.map((g) => ({ value: g, label: t(`support.metrics.groupBy.${g}`) }))}
        />
      </Flex>
      {metrics.isError && <QueryProblem error={metrics.error} onRetry={() => void metrics.refetch()} />}
      {rows.length > 0 && (
        <Card size="small" title={t('support.metrics.chartTitle')}>
          <Suspense fallback={<Spin />}>
            <MetricsChart
              title={t('support.metrics.chartTitle')}
              categories={rows.map((r) => label(r))}
              series={[
                {
                  name: t('support.metrics.fields.avgFirstResponse'),
                  values: rows.map((r) => r.avgFirstResponseMinutes),
                },
                {
                  name: t('support.metrics.fields.avgResolution'),
                  values: rows.map((r) => r.avgResolutionMinutes),
                },
              ]}
            />
          </Suspense>
        </Card>
      )}
      <Table<MetricsRow & { total?: boolean }>
        rowKey={(row) => (row.total ? 'total' : (row.key ?? 'none'))}
        size="middle"
        columns={columns}
        dataSource={metrics.data ? [...rows, { ...metrics.data.total, total: true }] : []}
        loading={metrics.isPending}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="metrics-table"
        locale={{ emptyText: metrics.isPending ? null : t('support.metrics.empty') }}
      />
    </Flex>
  );
}
