import { Table, Tag, Typography, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/date-time';
import { sortFromHeaderClick, sortOrderOf } from '../../shared/ui/table-sort';
import type { OrgUnit, OrgUnitKind, OrgUnitSort } from './org-units.api';
import { OrgUnitRowActions } from './OrgUnitRowActions';
import { KIND_COLORS } from './org-unit-kind-colors';
import { OrgUnitName } from './OrgUnitName';

interface OrgUnitsTableProps {
  units: readonly OrgUnit[];
  loading: boolean;
  sort: OrgUnitSort;
  emptyText: ReactNode;
  /** With org-units:write: edit and archive on each row. */
  canWrite: boolean;
  onSortChange(sort: OrgUnitSort): void;
  onEdit(unit: OrgUnit): void;
}

export function OrgUnitsTable({
  units,
  loading,
  sort,
  emptyText,
  canWrite,
  onSortChange,
  onEdit,
}: OrgUnitsTableProps) {
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
      render: (parentId: string | null) => <OrgUnitName id={parentId} />,
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
    ...(canWrite
      ? [
          {
            key: 'actions',
            title: t('orgUnits.columns.actions'),
            render: (_: unknown, unit: OrgUnit) => <OrgUnitRowActions unit={unit} onEdit={onEdit} />,
          },
        ]
      : []),
  ];

  const handleChange: TableProps<OrgUnit>['onChange'] = (_pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') onSortChange(sortFromHeaderClick<OrgUnitSort, OrgUnit>(sorter, 'code'));
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
