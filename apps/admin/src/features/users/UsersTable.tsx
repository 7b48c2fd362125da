import { Button, Table, Tag, Typography, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/date-time';
import { sortFromHeaderClick, sortOrderOf } from '../../shared/ui/table-sort';
import { OrgUnitName } from '../org-units/OrgUnitName';
import { RoleTags } from './RoleTags';
import type { User, UserSort } from './users.api';

interface UsersTableProps {
  users: readonly User[];
  loading: boolean;
  sort: UserSort;
  emptyText: ReactNode;
  onSortChange(sort: UserSort): void;
  onOpen(user: User): void;
}

export function UsersTable({ users, loading, sort, emptyText, onSortChange, onOpen }: UsersTableProps) {
  const { t, i18n } = useTranslation();
  const columns: TableProps<User>['columns'] = [
    {
      key: 'username',
      dataIndex: 'username',
      title: t('users.columns.username'),
      sorter: true,
      sortOrder: sortOrderOf(sort, 'username'),
      // A real button, so the row opens from the keyboard too.
      render: (username: string, user) => (
        <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => onOpen(user)}>
          {username}
        </Button>
      ),
    },
    {
      key: 'displayName',
      dataIndex: 'displayName',
      title: t('users.columns.displayName'),
      sorter: true,
      sortOrder: sortOrderOf(sort, 'displayName'),
    },
    {
      key: 'roles',
      dataIndex: 'roles',
      title: t('users.columns.roles'),
      render: (roles: User['roles']) => <RoleTags roles={roles} />,
    },
    {
      key: 'orgUnit',
      dataIndex: 'orgUnitId',
      title: t('users.columns.orgUnit'),
      render: (orgUnitId: string | null) => <OrgUnitName id={orgUnitId} />,
    },
    {
      key: 'status',
      dataIndex: 'status',
      title: t('users.columns.status'),
      render: (status: User['status']) => (
        <Tag color={status === 'active' ? 'success' : 'default'}>{t(`users.statuses.${status}`)}</Tag>
      ),
    },
    {
      key: 'lastSignedInAt',
      dataIndex: 'lastSignedInAt',
      title: t('users.columns.lastSignedInAt'),
      render: (at: string | null) =>
        at ? (
          formatDateTime(at, i18n.language)
        ) : (
          <Typography.Text type="secondary">{t('users.neverSignedIn')}</Typography.Text>
        ),
    },
    {
      key: 'createdAt',
      dataIndex: 'createdAt',
      title: t('users.columns.createdAt'),
      sorter: true,
      sortOrder: sortOrderOf(sort, 'createdAt'),
      render: (createdAt: string) => formatDateTime(createdAt, i18n.language),
    },
  ];

  return (
    <Table<User>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={users}
      loading={loading}
      pagination={false}
      onChange={(_pagination, _filters, sorter, extra) => {
        if (extra.action === 'sort') onSortChange(sortFromHeaderClick<UserSort, User>(sorter, 'username'));
      }}
      onRow={(user) => ({ onClick: () => onOpen(user), style: { cursor: 'pointer' } })}
      locale={{ emptyText }}
      scroll={{ x: 'max-content' }}
    />
  );
}
