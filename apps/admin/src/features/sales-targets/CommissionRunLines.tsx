import { useQuery } from '@tanstack/react-query';
import { Button, Card, Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatBasisPoints, formatMoney } from '../../shared/money/money';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { commissionRunQuery, type CommissionLine } from './commissions.api';

/** A month's commission per person, only the people within one's territory (the API leaves out the rest). */
export function CommissionRunLines({ runId, onClose }: { runId: string; onClose(): void }) {
  const { t } = useTranslation();
  const run = useQuery(commissionRunQuery(runId));
  const f = (key: string) => t(`salesTargets.runFields.${key as 'number'}`);
  const columns: TableProps<CommissionLine>['columns'] = [
    { key: 'person', title: f('person'), render: (_, line) => line.displayName },
    {
      key: 'target',
      title: f('target'),
      align: 'right',
      render: (_, line) => formatMoney(line.targetAmount),
    },
    {
      key: 'actual',
      title: f('actual'),
      align: 'right',
      render: (_, line) => formatMoney(line.actualAmount),
    },
    {
      key: 'attainment',
      title: f('attainment'),
      align: 'right',
      render: (_, line) => formatBasisPoints(line.attainmentBp),
    },
    { key: 'rate', title: f('rate'), align: 'right', render: (_, line) => formatBasisPoints(line.rateBp) },
    { key: 'amount', title: f('amount'), align: 'right', render: (_, line) => formatMoney(line.amount) },
  ];
  if (run.isError) return <QueryProblem error={run.error} onRetry={() => void run.refetch()} />;
  return (
    <Card
      size="small"
      loading={run.isPending}
      title={
        run.data
          ? t('salesTargets.commissions.linesTitle', { number: run.data.number, period: run.data.period })
          : undefined
      }
      extra={<Button onClick={onClose}>{t('salesTargets.commissions.close')}</Button>}
    >
      <Table<CommissionLine>
        rowKey="userId"
        size="small"
        columns={columns}
        dataSource={run.data?.lines ?? []}
        pagination={false}
        data-testid="commission-lines"
        locale={{ emptyText: t('salesTargets.commissions.linesEmpty') }}
      />
    </Card>
  );
}
