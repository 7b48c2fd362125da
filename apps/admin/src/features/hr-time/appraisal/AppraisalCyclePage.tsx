import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Popconfirm, Progress, Spin, Steps, Table, Tabs, Tag } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PATHS } from '../../../app/paths';
import { usePermissions } from '../../../auth/use-session';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { PageSpinner } from '../../../shared/ui/PageSpinner';
import { QueryProblem } from '../../../shared/ui/QueryProblem';
import { hrTimeProblemMessage } from '../shared/hr-time-problems';
import { distributionRows, nextStep, type DistributionRow } from './appraisal-rules';
import {
  advanceCycle,
  appraisalKeys,
  CYCLE_STATUSES,
  cycleQuery,
  gradesQuery,
  type CycleDetail,
} from './appraisal.api';
import { CycleAppraisals } from './CycleAppraisals';
import { CycleResultsTable } from './CycleResultsTable';
import { CycleStatusTag } from './CycleStatusTag';
import { CycleTemplates } from './CycleTemplates';

const GradeDistributionChart = lazy(() => import('./GradeDistributionChart'));

/** One appraisal cycle: its step, scoring progress, the grade distribution to calibrate, and the final results. */
export function AppraisalCyclePage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const { cycleId = '' } = useParams();
  const cycle = useQuery(cycleQuery(cycleId));
  if (cycle.isPending) return <PageSpinner />;
  if (cycle.isError) return <QueryProblem error={cycle.error} onRetry={() => void cycle.refetch()} />;
  const c = cycle.data;
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={`${c.name} · ${c.number}`}
        subtitle={t('hrTime.appraisal.cycleSubtitle', { start: c.periodStart, end: c.periodEnd })}
        extra={
          <Flex gap="small" align="center">
            <Link to={PATHS.appraisalCycles}>{t('hrTime.appraisal.backToList')}</Link>
            {can('appraisals:write') && <AdvanceButton cycle={c} />}
          </Flex>
        }
      />
      <Steps
        size="small"
        current={CYCLE_STATUSES.indexOf(c.status)}
        items={CYCLE_STATUSES.map((s) => ({ title: t(`hrTime.appraisal.statuses.${s}`) }))}
      />
      <Progressing cycle={c} />
      <Distribution cycle={c} />
      <Tabs
        items={[
          {
            key: 'appraisals',
            label: t('hrTime.appraisal.tabs.appraisals'),
            children: <CycleAppraisals cycle={c} />,
          },
          { key: 'templates', label: t('hrTime.appraisal.tabs.templates'), children: <CycleTemplates /> },
          ...(can('appraisal-results:read')
            ? [
                {
                  key: 'results',
                  label: t('hrTime.appraisal.tabs.results'),
                  children: <CycleResultsTable cycleId={c.id} />,
                },
              ]
            : []),
        ]}
      />
    </Flex>
  );
}

function AdvanceButton({ cycle }: { cycle: CycleDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const next = nextStep(cycle.status);
  const advance = useMutation({
    mutationFn: () => advanceCycle(cycle.id),
    onSuccess: (updated) => {
      void message.success(
        t('hrTime.appraisal.advanced', { status: t(`hrTime.appraisal.statuses.${updated.status}`) }),
      );
      void queryClient.invalidateQueries({ queryKey: appraisalKeys.all });
    },
    onError: (error) => void message.error(hrTimeProblemMessage(t, error)),
  });
  if (!next) return <CycleStatusTag status={cycle.status} />;
  return (
    <Popconfirm
      title={t('hrTime.appraisal.advanceConfirm', { status: t(`hrTime.appraisal.statuses.${next}`) })}
      description={t(`hrTime.appraisal.advanceHelp.${next}`)}
      onConfirm={() => advance.mutate()}
    >
      <Button type="primary" loading={advance.isPending}>
        {t('hrTime.appraisal.advance', { status: t(`hrTime.appraisal.statuses.${next}`) })}
      </Button>
    </Popconfirm>
  );
}

function Progressing({ cycle }: { cycle: CycleDetail }) {
  const { t } = useTranslation();
  const percent = (n: number) => (cycle.appraisals === 0 ? 0 : Math.round((n * 100) / cycle.appraisals));
  return (
    <Card size="small" title={t('hrTime.appraisal.progress', { count: cycle.appraisals })}>
      <Flex gap="large" wrap data-testid="cycle-progress">
        <Flex vertical style={{ minWidth: 240 }}>
          {t('hrTime.appraisal.selfReviewed', { done: cycle.selfReviewed, total: cycle.appraisals })}
          <Progress percent={percent(cycle.selfReviewed)} />
        </Flex>
        <Flex vertical style={{ minWidth: 240 }}>
          {t('hrTime.appraisal.managerReviewed', { done: cycle.managerReviewed, total: cycle.appraisals })}
          <Progress percent={percent(cycle.managerReviewed)} />
        </Flex>
      </Flex>
    </Card>
  );
}

function Distribution({ cycle }: { cycle: CycleDetail }) {
  const { t } = useTranslation();
  const grades = useQuery(gradesQuery());
  const rows = distributionRows(cycle.distribution, grades.data ?? [], cycle.forcedDistribution);
  const title = t('hrTime.appraisal.distribution');
  return (
    <Card size="small" title={title}>
      <Flex gap="large" wrap>
        <div style={{ flex: '1 1 320px', minWidth: 280 }}>
          <Suspense fallback={<Spin />}>
            <GradeDistributionChart title={title} rows={rows} />
          </Suspense>
        </div>
        <Table<DistributionRow>
          style={{ flex: '1 1 320px' }}
          size="small"
          rowKey="grade"
          pagination={false}
          dataSource={rows}
          data-testid="grade-distribution"
          columns={[
            { key: 'grade', title: t('hrTime.appraisal.grade'), render: (_, r) => r.grade },
            { key: 'count', title: t('hrTime.appraisal.people'), align: 'right', render: (_, r) => r.count },
            {
              key: 'percent',
              title: t('hrTime.appraisal.share'),
              align: 'right',
              render: (_, r) => `${r.percent}%`,
            },
            {
              key: 'limit',
              title: t('hrTime.appraisal.cap'),
              align: 'right',
              render: (_, r) =>
                r.limit === undefined ? (
                  t('common.none')
                ) : (
                  <span>
                    {r.limit}% {r.over && <Tag color="red">{t('hrTime.appraisal.overCap')}</Tag>}
                  </span>
                ),
            },
            {
              key: 'coefficient',
              title: t('hrTime.appraisal.coefficient'),
              align: 'right',
              render: (_, r) => (r.coefficient === undefined ? '' : `×${r.coefficient}`),
            },
          ]}
        />
      </Flex>
    </Card>
  );
}
