import { useQuery } from '@tanstack/react-query';
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../../shared/ui/QueryProblem';
import { positionsQuery } from '../personnel-actions/personnel-actions.api';
import { templatesQuery, type KpiTemplate } from './appraisal.api';

/** The KPI templates a cycle copies into each appraisal when self review opens: one per position. */
export function CycleTemplates() {
  const { t } = useTranslation();
  const templates = useQuery(templatesQuery());
  const positions = useQuery(positionsQuery());
  const positionName = (id: string) => positions.data?.data.find((p) => p.id === id)?.title ?? id.slice(0, 8);
  return (
    <>
      {templates.isError && <QueryProblem error={templates.error} onRetry={() => void templates.refetch()} />}
      <Table<KpiTemplate>
        size="small"
        rowKey="id"
        pagination={false}
        loading={templates.isPending}
        dataSource={templates.data?.data ?? []}
        data-testid="kpi-templates-table"
        locale={{ emptyText: t('hrTime.appraisal.noTemplates') }}
        columns={[
          {
            key: 'position',
            title: t('hrTime.appraisal.position'),
            render: (_, tpl) => positionName(tpl.positionId),
          },
          { key: 'name', title: t('hrTime.appraisal.templateName'), render: (_, tpl) => tpl.name },
          {
            key: 'items',
            title: t('hrTime.appraisal.items'),
            render: (_, tpl) => tpl.items.map((i) => <Tag key={i.code}>{`${i.name} ${i.weight}%`}</Tag>),
          },
        ]}
      />
    </>
  );
}
