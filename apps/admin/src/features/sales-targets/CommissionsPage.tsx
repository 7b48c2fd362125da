import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { formatDateTime } from '../../shared/format/date-time';
import { formatMoney } from '../../shared/money/money';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CursorTable } from '../../shared/ui/CursorTable';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { CalculateCommissionsModal } from './CalculateCommissionsModal';
import { commissionPageSpec } from './commission-list-state';
import { CommissionPlansCard } from './CommissionPlansCard';
import { CommissionRunLines } from './CommissionRunLines';
import { commissionPlansQuery, commissionRunsQuery, type CommissionRun } from './commissions.api';

/** 销售提成: the plans, and each month's commissions per person, calculated once and sent to payroll. */
export function CommissionsPage() {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const [state, setState] = useUrlState(commissionPageSpec);
  const [calculating, setCalculating] = useState(false);
  const pages = useCursorPages(String(state.limit));
  const query = {
    sort: '-period' as const,
    limit: state.limit,
    cursor: pages.cursor,
    count: pages.cursor === undefined ? true : undefined,
  };
  const runs = useQuery({ ...commissionRunsQuery(query), placeholderData: keepPreviousData });
  // The plan names for the runs and the plans to calculate with; a company has a handful.
  const plans = useQuery({
    ...commissionPlansQuery({ sort: 'name', limit: 100 }),
    enabled: can('commission-plans:read'),
  });
  const planName = (id: string) => plans.data?.data.find((plan) => plan.id === id)?.name ?? '—';
  const f = (key: string) => t(`salesTargets.runFields.${key as 'number'}`);

  const columns: TableProps<CommissionRun>['columns'] = [
    { key: 'number', title: f('number'), render: (_, run) => run.number },
    { key: 'period', title: f('period'), render: (_, run) => run.period },
    { key: 'plan', title: f('plan'), render: (_, run) => planName(run.planId) },
    { key: 'total', title: f('total'), align: 'right', render: (_, run) => formatMoney(run.total) },
    {
      key: 'createdAt',
      title: f('createdAt'),
      render: (_, run) => formatDateTime(run.createdAt, i18n.language),
    },
    {
      key: 'lines',
      title: '',
      render: (_, run) => (
        <Button size="small" onClick={() => setState({ run: run.id })}>
          {t('salesTargets.commissions.viewLines')}
        </Button>
      ),
    },
  ];

  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('salesTargets.commissions.title')}
        subtitle={t('salesTargets.commissions.subtitle')}
      />
      {can('commission-plans:read') && <CommissionPlansCard />}
      <Card
        title={t('salesTargets.commissions.runs')}
        extra={
          can('commission-runs:calculate') && (
            <Button type="primary" onClick={() => setCalculating(true)}>
              {t('salesTargets.commissions.calculate')}
            </Button>
          )
        }
      >
        <CursorTable<CommissionRun>
          list={runs}
          pages={pages}
          total={runs.data?.total ?? undefined}
          pageSize={state.limit}
          onPageSizeChange={(limit) => setState({ limit })}
          columns={columns}
          testId="commission-runs-table"
          empty={{ noneText: t('salesTargets.commissions.runsEmpty') }}
        />
      </Card>
      {state.run && <CommissionRunLines runId={state.run} onClose={() => setState({ run: undefined })} />}
      <CalculateCommissionsModal
        open={calculating}
        plans={plans.data?.data ?? []}
        onClose={() => setCalculating(false)}
        onCalculated={(run) => setState({ run })}
      />
    </Flex>
  );
}
