import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Drawer, Flex, Select, Table, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/date-time';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CursorPager } from '../../shared/ui/CursorPager';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import {
  MOVEMENT_KINDS,
  stockLevelListQuery,
  stockMovementListQuery,
  type MovementKind,
  type StockLevel,
  type StockMovement,
} from './inventory.api';
import { MovementKindTag } from './MovementKindTag';
import { barWidths, signedQuantity } from './signed';
import { WarehouseSelect } from './WarehouseSelect';

/** The SKU in every warehouse, with a small bar of on hand per warehouse. */
function StockPerWarehouse({ skuId }: { skuId: string }) {
  const { t } = useTranslation();
  const levels = useQuery(stockLevelListQuery({ skuId, limit: 200 }));
  const rows = levels.data?.data ?? [];
  const widths = barWidths(rows.map((level) => level.onHand));
  const columns: TableProps<StockLevel>['columns'] = [
    { key: 'warehouse', title: t('inventory.columns.warehouse'), render: (_, l) => l.warehouseCode },
    {
      key: 'onHand',
      title: t('inventory.columns.onHand'),
      render: (_, level, index) => (
        <Flex align="center" gap="small">
          <div
            aria-hidden
            style={{ width: 120, height: 8, background: '#f0f0f0', borderRadius: 4, overflow: 'hidden' }}
          >
            <div style={{ width: `${widths[index]}%`, height: '100%', background: '#1677ff' }} />
          </div>
          <span>{level.onHand.toLocaleString()}</span>
        </Flex>
      ),
    },
    { key: 'reserved', title: t('inventory.columns.reserved'), align: 'right', render: (_, l) => l.reserved },
    {
      key: 'available',
      title: t('inventory.columns.available'),
      align: 'right',
      render: (_, l) => l.available,
    },
    {
      key: 'inTransit',
      title: t('inventory.columns.inTransit'),
      align: 'right',
      render: (_, l) => l.inTransit,
    },
  ];
  if (levels.isError) return <QueryProblem error={levels.error} onRetry={() => void levels.refetch()} />;
  return (
    <Table<StockLevel>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={rows}
      loading={levels.isPending}
      pagination={false}
      data-testid="stock-per-warehouse"
    />
  );
}

function Movements({ skuId }: { skuId: string }) {
  const { t, i18n } = useTranslation();
  const [warehouseId, setWarehouseId] = useState<string>();
  const [kind, setKind] = useState<MovementKind>();
  const [limit, setLimit] = useState(20);
  const pages = useCursorPages(JSON.stringify([skuId, warehouseId, kind, limit]));
  const query = { skuId, warehouseId, kind, limit, cursor: pages.cursor };
  const movements = useQuery({ ...stockMovementListQuery(query), placeholderData: keepPreviousData });
  const columns: TableProps<StockMovement>['columns'] = [
    {
      key: 'createdAt',
      title: t('inventory.movements.when'),
      render: (_, m) => formatDateTime(m.createdAt, i18n.language),
    },
    {
      key: 'kind',
      title: t('inventory.movements.kind'),
      render: (_, m) => <MovementKindTag kind={m.kind} />,
    },
    { key: 'warehouse', title: t('inventory.columns.warehouse'), render: (_, m) => m.warehouseCode },
    {
      key: 'onHandDelta',
      title: t('inventory.movements.onHandDelta'),
      align: 'right',
      render: (_, m) => (
        <Typography.Text type={m.onHandDelta < 0 ? 'danger' : m.onHandDelta > 0 ? 'success' : undefined}>
          {signedQuantity(m.onHandDelta)}
        </Typography.Text>
      ),
    },
    {
      key: 'reservedDelta',
      title: t('inventory.movements.reservedDelta'),
      align: 'right',
      render: (_, m) => signedQuantity(m.reservedDelta),
    },
    {
      key: 'after',
      title: t('inventory.movements.after'),
      align: 'right',
      render: (_, m) => `${m.onHandAfter} / ${m.reservedAfter}`,
    },
    {
      key: 'who',
      title: t('inventory.movements.who'),
      render: (_, m) => m.actor.label ?? t(`inventory.actorKinds.${m.actor.kind}`),
    },
    { key: 'reason', title: t('inventory.movements.reason'), render: (_, m) => m.reason ?? t('common.none') },
    {
      key: 'source',
      title: t('inventory.movements.source'),
      render: (_, m) => (
        <span title={`${m.source.type} ${m.source.id}`}>{m.source.number ?? m.source.type}</span>
      ),
    },
  ];
  return (
    <Flex vertical gap="small">
      <Flex gap="small" wrap>
        <WarehouseSelect
          aria-label={t('inventory.filters.warehouse')}
          placeholder={t('inventory.filters.anyWarehouse')}
          allowClear
          value={warehouseId}
          onChange={setWarehouseId}
          style={{ width: 220 }}
        />
        <Select
          aria-label={t('inventory.movements.kind')}
          placeholder={t('inventory.movements.anyKind')}
          allowClear
          value={kind}
          onChange={setKind}
          options={MOVEMENT_KINDS.map((value) => ({ value, label: t(`inventory.movementKinds.${value}`) }))}
          style={{ width: 160 }}
        />
      </Flex>
      {movements.isError && <QueryProblem error={movements.error} onRetry={() => void movements.refetch()} />}
      <Table<StockMovement>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={movements.data?.data ?? []}
        loading={movements.isPending || movements.isPlaceholderData}
        pagination={false}
        locale={{ emptyText: t('inventory.movements.empty') }}
        scroll={{ x: 'max-content' }}
        data-testid="stock-movements"
      />
      <CursorPager
        page={pages.page}
        total={undefined}
        hasPrevious={pages.hasPrevious}
        nextCursor={movements.isPlaceholderData ? undefined : movements.data?.nextCursor}
        pageSize={limit}
        disabled={movements.isPending}
        onPrevious={pages.goToPrevious}
        onNext={pages.goToNext}
        onPageSizeChange={setLimit}
      />
    </Flex>
  );
}

interface StockMovementsDrawerProps {
  skuId: string | undefined;
  open: boolean;
  /** The SKU's code and name, when the opener knows them. */
  title?: string;
  onClose(): void;
}

/** One SKU's stock in every warehouse and its ledger: every movement with who, why and the source document. */
export function StockMovementsDrawer({ skuId, open, title, onClose }: StockMovementsDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={960}
      title={title ? t('inventory.movements.titleOf', { sku: title }) : t('inventory.movements.title')}
      destroyOnHidden
    >
      {skuId && (
        <Flex vertical gap="large">
          <section>
            <Typography.Title level={5}>{t('inventory.movements.perWarehouse')}</Typography.Title>
            <StockPerWarehouse skuId={skuId} />
          </section>
          <section>
            <Typography.Title level={5}>{t('inventory.movements.ledger')}</Typography.Title>
            <Movements skuId={skuId} />
          </section>
        </Flex>
      )}
    </Drawer>
  );
}
