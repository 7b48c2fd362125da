import { useQueries, useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, Spin } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { CreateButton } from '../../shared/ui/CreateButton';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { AllocationModal } from './AllocationModal';
import { PeriodPicker } from './PeriodPicker';
import { periodTargetsQuery, salesTargetQuery, type SalesTargetSummary } from './sales-targets.api';
import { shownPeriod, targetPageSpec } from './target-list-state';
import { flattenTree, targetTree, type TargetRow } from './target-tree';
import { TargetFormModal } from './TargetFormModal';
import { TargetTreeTable } from './TargetTreeTable';

const AttainmentChart = lazy(() => import('./AttainmentChart'));

/** 销售任务: a period's targets as one tree, with what is left to allocate and attainment at every level. */
export function SalesTargetsPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const [state, setState] = useUrlState(targetPageSpec);
  const period = shownPeriod(state);
  const [editing, setEditing] = useState<{ target?: SalesTargetSummary }>();
  const [allocating, setAllocating] = useState<TargetRow>();
  const list = useQuery(periodTargetsQuery(period));
  const details = useQueries({
    queries: (list.data?.data ?? []).map((target) => salesTargetQuery(target.id)),
  });
  const rows = details.flatMap((detail) => (detail.data ? targetTree(detail.data, detail.data.nodes) : []));
  const failed = [list, ...details].find((query) => query.isError);
  const loading = list.isPending || details.some((detail) => detail.isPending);
  const points = flattenTree(rows)
    .filter((row) => row.level !== 'person')
    .map((row) => ({ name: row.name, percent: row.attainmentBp === null ? null : row.attainmentBp / 100 }));
  const create = can('sales-targets:write')
    ? { label: t('salesTargets.targets.create'), onClick: () => setEditing({}) }
    : undefined;

  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('salesTargets.targets.title')}
        subtitle={t('salesTargets.targets.subtitle')}
        extra={<CreateButton create={create} />}
      />
      <PeriodPicker period={period} onChange={(next) => setState({ period: next })} />
      {failed && <QueryProblem error={failed.error} onRetry={() => void failed.refetch()} />}
      {!loading && rows.length === 0 && !failed ? (
        <Empty description={t('salesTargets.targets.empty')} data-testid="targets-empty">
          <CreateButton create={create} />
        </Empty>
      ) : (
        <TargetTreeTable
          rows={rows}
          loading={loading}
          onAllocate={setAllocating}
          onEdit={(row) => setEditing({ target: row.target })}
        />
      )}
      {points.length > 0 && (
        <Card title={t('salesTargets.targets.chartTitle')} size="small">
          <Suspense fallback={<Spin />}>
            <AttainmentChart title={t('salesTargets.targets.chartTitle')} points={points} />
          </Suspense>
        </Card>
      )}
      <TargetFormModal
        open={!!editing}
        period={period}
        target={editing?.target}
        onClose={() => setEditing(undefined)}
      />
      <AllocationModal row={allocating} onClose={() => setAllocating(undefined)} />
    </Flex>
  );
}
