import { Table, Tag, Typography, type TableProps } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/date-time';
import type { OrgUnit, OrgUnitKind, OrgUnitSort } from './org-units.api';
import { OrgUnitRowActions } from './OrgUnitRowActions';
import { ParentName } from './ParentName';

type SortableColumn = 'code' | 'name' | 'createdAt';

const KIND_COLORS: Record<OrgUnitKind, string> = {
  company: 'gold',
  department: 'blue',
  team: 'cyan',
  province: 'purple',
  region: 'magenta',
  city: 'green',
};

interface OrgUnitsTableProps {
  units: readonly OrgUnit[];
  loading: boolean;
  sort: OrgUnitSort;
  emptyText: ReactNode;
  onSortChange(sort: OrgUnitSort): void;
  onEdit(unit: OrgUnit): void;
}

function sortOrderOf(sort: OrgUnitSort, column: SortableColumn): SortOrder {
  if (sort === column) return 'ascend';
  if (sort === `-${column}`) return 'descend';
  return null;
}

export function OrgUnitsTable({ units, loading, sort, emptyText, onSortChange, onEdit }: OrgUnitsTableProps) {
  const { t, i18n } = useTranslation();

  const columns: TableProps<OrgUnit>['columns'] = [
    {
      key: 'code',
      dataIndex: 'code',
      title: t('orgUnits.columns.code'),
      sorter: true,
      sortOrder: sortOrderOf(sort, 'code'),
      render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
    },
    {
      key: 'name',
      dataIndex: 'name',
      title: t('orgUnits.columns.name'),
      sorter: true,
      sortOrder: sortOrderOf(sort, 'name'),
    },
    {
      key: 'kind',
      dataIndex: 'kind',
      title: t('orgUnits.columns.kind'),
      render: (kind: OrgUnitKind) => <Tag color={KIND_COLORS[kind]}>{t(`orgUnits.kinds.${kind}`)}</Tag>,
    },
    {
      key: 'parent',
      dataIndex: 'parentId',
      title: t('orgUnits.columns.parent'),
      render: (parentId: string | null) => <ParentName parentId={parentId} />,
    },
    {
      key: 'status',
      dataIndex: 'status',
      title: t('orgUnits.columns.status'),
      render: (status: OrgUnit['status']) => (
        <Tag color={status === 'active' ? 'success' : 'default'}>{t(`orgUnits.statuses.${status}`)}</Tag>
      ),
    },
    {
      key: 'createdAt',
      dataIndex: 'createdAt',
      title: t('orgUnits.columns.createdAt'),
      sorter: true,
      sortOrder: sortOrderOf(sort, 'createdAt'),
      render: (createdAt: string) => formatDateTime(createdAt, i18n.language),
    },
    {
      key: 'actions',
      title: t('orgUnits.columns.actions'),
      render: (_: unknown, unit: OrgUnit) => <OrgUnitRowActions unit={unit} onEdit={onEdit} />,
    },
  ];

  const handleChange: TableProps<OrgUnit>['onChange'] = (_pagination, _filters, sorter, extra) => {
    if (extra.action !== 'sort' || Array.isArray(sorter)) return;
    const column = sorter.columnKey as SortableColumn | undefined;
    if (!column || !sorter.order) onSortChange('code');
    else onSortChange(sorter.order === 'ascend' ? column : `-${column}`);
  };

  return (
    <Table<OrgUnit>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={units}
      loading={loading}
      pagination={false}
      onChange={handleChange}
      locale={{ emptyText }}
      scroll={{ x: 'max-content' }}
    />
  );
}
