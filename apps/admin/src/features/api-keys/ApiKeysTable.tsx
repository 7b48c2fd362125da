import { Flex, Table, Tag, Typography, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/date-time';
import { OrgUnitName } from '../org-units/OrgUnitName';
import type { ApiKey, ApiKeyStatus } from './api-keys.api';
import { RevokeApiKeyButton } from './RevokeApiKeyButton';

const STATUS_COLORS: Record<ApiKeyStatus, string> = {
  active: 'success',
  expired: 'warning',
  revoked: 'default',
};

interface ApiKeysTableProps {
  apiKeys: readonly ApiKey[];
  loading: boolean;
  canRevoke: boolean;
  emptyText: ReactNode;
}

export function ApiKeysTable({ apiKeys, loading, canRevoke, emptyText }: ApiKeysTableProps) {
  const { t, i18n } = useTranslation();
  const dateOr = (iso: string | null, fallback: string) =>
    iso ? formatDateTime(iso, i18n.language) : <Typography.Text type="secondary">{fallback}</Typography.Text>;

  const columns: TableProps<ApiKey>['columns'] = [
    { key: 'name', dataIndex: 'name', title: t('apiKeys.columns.name') },
    {
      key: 'prefix',
      dataIndex: 'prefix',
      title: t('apiKeys.columns.prefix'),
      render: (prefix: string) => <Typography.Text code>{`zg_${prefix}_…`}</Typography.Text>,
    },
    {
      key: 'status',
      dataIndex: 'status',
      title: t('apiKeys.columns.status'),
      render: (status: ApiKeyStatus) => (
        <Tag color={STATUS_COLORS[status]}>{t(`apiKeys.statuses.${status}`)}</Tag>
      ),
    },
    {
      key: 'permissions',
      dataIndex: 'permissions',
      title: t('apiKeys.columns.permissions'),
      render: (permissions: string[]) => (
        <Flex gap={4} wrap style={{ maxWidth: 320 }}>
          {permissions.map((permission) => (
            <Tag key={permission} style={{ marginInlineEnd: 0 }}>
              {permission}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      key: 'scope',
      dataIndex: 'orgUnitId',
      title: t('apiKeys.columns.scope'),
      render: (orgUnitId: string | null) => (
        <OrgUnitName id={orgUnitId} noneText={t('common.wholeCompany')} />
      ),
    },
    {
      key: 'expiresAt',
      dataIndex: 'expiresAt',
      title: t('apiKeys.columns.expiresAt'),
      render: (at: string | null) => dateOr(at, t('apiKeys.neverExpires')),
    },
    {
      key: 'lastUsedAt',
      dataIndex: 'lastUsedAt',
      title: t('apiKeys.columns.lastUsedAt'),
      render: (at: string | null) => dateOr(at, t('apiKeys.neverUsed')),
    },
    {
      key: 'createdAt',
      dataIndex: 'createdAt',
      title: t('apiKeys.columns.createdAt'),
      render: (at: string) => formatDateTime(at, i18n.language),
    },
    ...(canRevoke
      ? [
          {
            key: 'actions',
            title: t('apiKeys.columns.actions'),
            render: (_: unknown, apiKey: ApiKey) =>
              apiKey.status === 'active' && <RevokeApiKeyButton apiKey={apiKey} />,
          },
        ]
      : []),
  ];

  return (
    <Table<ApiKey>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={apiKeys}
      loading={loading}
      pagination={false}
      locale={{ emptyText }}
      scroll={{ x: 'max-content' }}
    />
  );
}
