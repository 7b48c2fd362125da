import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { HeadcountModal } from './HeadcountModal';
import {
  organisationKeys,
  unitHeadcountQuery,
  unitPositionsQuery,
  type Headcount,
  type OrgChartUnit,
  type Position,
} from './organisation.api';
import { PositionModal } from './PositionModal';

interface Row {
  position: Position;
  headcount: Headcount | undefined;
}

type Editing = { kind: 'new' } | { kind: 'edit'; position: Position } | { kind: 'plan'; row: Row };

/** One unit's positions with their duties and the period's plan: planned, filled, being hired, available. */
export function UnitPositions({ unit, period }: { unit: OrgChartUnit; period: string }) {
  const { t } = useTranslation();
  const can = usePermissions();
  const queryClient = useQueryClient();
  const positions = useQuery(unitPositionsQuery(unit.id));
  const headcount = useQuery(unitHeadcountQuery(unit.id, period));
  const [editing, setEditing] = useState<Editing>();
  const canWrite = can('positions:write');
  const refresh = () => void queryClient.invalidateQueries({ queryKey: organisationKeys.all });

  const byPosition = new Map((headcount.data ?? []).map((h) => [h.positionId, h]));
  const rows: Row[] = (positions.data?.data ?? []).map((position) => ({
    position,
    headcount: byPosition.get(position.id),
  }));
  const figure = (row: Row, key: 'planned' | 'filled' | 'open' | 'available') => row.headcount?.[key] ?? 0;

  const columns: TableProps<Row>['columns'] = [
    { key: 'code', title: t('hrPeople.position.code'), render: (_, r) => r.position.code },
    {
      key: 'title',
      title: t('hrPeople.position.title'),
      render: (_, r) => (
        <Space size="small">
          {r.position.title}
          {r.position.grade && <Tag>{r.position.grade}</Tag>}
          {r.position.status === 'archived' && <Tag>{t('hrPeople.position.archived')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'planned',
      title: t('hrPeople.org.planned'),
      align: 'right',
      render: (_, r) => figure(r, 'planned'),
    },
    { key: 'filled', title: t('hrPeople.org.filled'), align: 'right', render: (_, r) => figure(r, 'filled') },
    { key: 'open', title: t('hrPeople.org.open'), align: 'right', render: (_, r) => figure(r, 'open') },
    {
      key: 'available',
      title: t('hrPeople.org.available'),
      align: 'right',
      render: (_, r) => <span data-testid="available">{figure(r, 'available')}</span>,
    },
  ];
  if (canWrite)
    columns.push({
      key: 'actions',
      title: t('hrPeople.common.actions'),
      render: (_, row) => (
        <Space size="small">
          <Button size="small" onClick={() => setEditing({ kind: 'edit', position: row.position })}>
            {t('hrPeople.position.edit')}
          </Button>
          <Button size="small" onClick={() => setEditing({ kind: 'plan', row })}>
            {t('hrPeople.org.setPlan')}
          </Button>
        </Space>
      ),
    });

  const error = positions.error ?? headcount.error;
  return (
    <Card
      size="small"
      title={t('hrPeople.org.unitPositions', { unit: unit.name, period })}
      extra={
        canWrite && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing({ kind: 'new' })}>
            {t('hrPeople.position.create')}
          </Button>
        )
      }
    >
      {error && (
        <QueryProblem
          error={error}
          onRetry={() => {
            void positions.refetch();
            void headcount.refetch();
          }}
        />
      )}
      <Table<Row>
        rowKey={(r) => r.position.id}
        size="small"
        pagination={false}
        columns={columns}
        dataSource={rows}
        loading={positions.isPending || headcount.isPending}
        data-testid="unit-positions"
        locale={{ emptyText: t('hrPeople.org.noPositions') }}
        expandable={{
          expandedRowRender: (r) => (
            <div>
              <Typography.Text strong>{t('hrPeople.position.duties')}</Typography.Text>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                {r.position.duties || t('hrPeople.position.noDuties')}
              </Typography.Paragraph>
            </div>
          ),
        }}
      />
      <PositionModal
        open={editing?.kind === 'new' || editing?.kind === 'edit'}
        orgUnitId={unit.id}
        position={editing?.kind === 'edit' ? editing.position : undefined}
        onClose={() => setEditing(undefined)}
        onDone={refresh}
      />
      <HeadcountModal
        open={editing?.kind === 'plan'}
        position={editing?.kind === 'plan' ? editing.row.position : undefined}
        current={editing?.kind === 'plan' ? editing.row.headcount : undefined}
        period={period}
        onClose={() => setEditing(undefined)}
        onDone={refresh}
      />
    </Card>
  );
}
