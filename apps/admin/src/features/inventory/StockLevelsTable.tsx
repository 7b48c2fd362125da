import { Button, Flex, Table, Tag, Typography, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import type { StockLevel } from './inventory.api';

interface StockLevelsTableProps {
  levels: readonly StockLevel[];
  loading: boolean;
  emptyText: ReactNode;
  onHistory(level: StockLevel): void;
  onReorder(level: StockLevel): void;
  onAdjust(level: StockLevel): void;
}

const quantity = (value: number) => value.toLocaleString();

export function StockLevelsTable({ levels, loading, emptyText, ...actions }: StockLevelsTableProps) {
  const { t } = useTranslation();
  const can = usePermissions();
  const columns: TableProps<StockLevel>['columns'] = [
    {
      key: 'sku',
      title: t('inventory.columns.sku'),
      render: (_, level) => (
        <Flex vertical>
          <Typography.Text strong>{level.skuCode}</Typography.Text>
          {level.skuName && <Typography.Text type="secondary">{level.skuName}</Typography.Text>}
        </Flex>
      ),
    },
    {
      key: 'warehouse',
      title: t('inventory.columns.warehouse'),
      render: (_, level) => `${level.warehouseCode} · ${level.warehouseName}`,
    },
    {
      key: 'onHand',
      title: t('inventory.columns.onHand'),
      align: 'right',
      render: (_, l) => <span data-testid="on-hand">{quantity(l.onHand)}</span>,
    },
    {
      key: 'reserved',
      title: t('inventory.columns.reserved'),
      align: 'right',
      render: (_, l) => quantity(l.reserved),
    },
    {
      key: 'available',
      title: t('inventory.columns.available'),
      align: 'right',
      render: (_, level) => (
        <Flex gap={4} justify="end" align="center">
          {level.low && <Tag color="red">{t('inventory.low')}</Tag>}
          <Typography.Text strong type={level.low ? 'danger' : undefined}>
            {quantity(level.available)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'inTransit',
      title: t('inventory.columns.inTransit'),
      align: 'right',
      render: (_, l) => quantity(l.inTransit),
    },
    {
      key: 'reorderPoint',
      title: t('inventory.columns.reorderPoint'),
      align: 'right',
      render: (_, level) =>
        level.reorderPoint === 0 ? (
          <Typography.Text type="secondary">{t('inventory.notWatched')}</Typography.Text>
        ) : (
          <span title={t('inventory.columns.safetyStock')}>
            {quantity(level.reorderPoint)}
            <Typography.Text type="secondary"> / {quantity(level.safetyStock)}</Typography.Text>
          </span>
        ),
    },
    {
      key: 'actions',
      title: t('inventory.columns.actions'),
      render: (_, level) => (
        <Flex gap={0} wrap>
          {can('stock-movements:read') && (
            <Button type="link" size="small" onClick={() => actions.onHistory(level)}>
              {t('inventory.actions.history')}
            </Button>
          )}
          {can('stock:reorder') && (
            <Button type="link" size="small" onClick={() => actions.onReorder(level)}>
              {t('inventory.actions.reorder')}
            </Button>
          )}
          {can('stock:adjust') && (
            <Button type="link" size="small" onClick={() => actions.onAdjust(level)}>
              {t('inventory.actions.adjust')}
            </Button>
          )}
        </Flex>
      ),
    },
  ];
  return (
    <Table<StockLevel>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={levels}
      loading={loading}
      pagination={false}
      locale={{ emptyText }}
      scroll={{ x: 'max-content' }}
      data-testid="stock-levels"
    />
  );
}
