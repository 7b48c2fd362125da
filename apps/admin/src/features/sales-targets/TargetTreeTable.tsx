import { Button, Space, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { formatMoney } from '../../shared/money/money';
import { AttainmentBar } from './AttainmentBar';
import { DifferenceCell } from './DifferenceCell';
import { parentKeys, type TargetRow } from './target-tree';

interface TargetTreeTableProps {
  rows: TargetRow[];
  loading: boolean;
  onAllocate(row: TargetRow): void;
  onEdit(row: TargetRow): void;
}

/** Province → region → city → people, each with target, allocated, the difference, actual and attainment. */
export function TargetTreeTable({ rows, loading, onAllocate, onEdit }: TargetTreeTableProps) {
  const { t } = useTranslation();
  const can = usePermissions();
  // Open all the way down unless someone folds a branch: the tree is the point of the page.
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const f = (key: string) => t(`salesTargets.fields.${key as 'amount'}`);
  const money = (minor: number | null) => (minor === null ? '—' : formatMoney(minor));

  const columns: TableProps<TargetRow>['columns'] = [
    {
      key: 'name',
      title: f('name'),
      render: (_, row) => (
        <Space size="small">
          <Tag>{t(`salesTargets.levels.${row.level as 'city'}`)}</Tag>
          {row.name}
        </Space>
      ),
    },
    { key: 'amount', title: f('amount'), align: 'right', render: (_, row) => money(row.amount) },
    {
      key: 'allocated',
      title: f('allocated'),
      align: 'right',
      render: (_, row) => (row.level === 'person' ? null : money(row.allocated)),
    },
    { key: 'difference', title: f('difference'), render: (_, row) => <DifferenceCell node={row} /> },
    { key: 'actual', title: f('actual'), align: 'right', render: (_, row) => money(row.actual) },
    {
      key: 'attainment',
      title: f('attainment'),
      render: (_, row) => <AttainmentBar attainmentBp={row.attainmentBp} />,
    },
    {
      key: 'actions',
      title: '',
      render: (_, row) => (
        <Space size="small">
          {row.level !== 'person' && can('sales-targets:allocate') && (
            <Button size="small" onClick={() => onAllocate(row)}>
              {t('salesTargets.targets.allocate')}
            </Button>
          )}
          {row.level === 'province' && can('sales-targets:write') && (
            <Button size="small" onClick={() => onEdit(row)}>
              {t('salesTargets.targets.edit')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Table<TargetRow>
      rowKey="key"
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      expandable={{
        expandedRowKeys: parentKeys(rows).filter((key) => !folded.has(key)),
        onExpand: (open, row) =>
          setFolded((previous) => {
            const next = new Set(previous);
            if (open) next.delete(row.key);
            else next.add(row.key);
            return next;
          }),
      }}
      scroll={{ x: 'max-content' }}
      data-testid="target-tree"
    />
  );
}
