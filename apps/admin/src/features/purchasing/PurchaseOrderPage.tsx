import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Spin,
  Table,
  Typography,
  type DescriptionsProps,
  type TableProps,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PATHS } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { formatDateTime } from '../../shared/format/date-time';
import { formatMoney } from '../../shared/money/money';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { WarehouseName } from '../inventory/WarehouseSelect';
import { HistoryTimeline } from './HistoryTimeline';
import { canReceive } from './purchase-order-actions';
import { PurchaseOrderActions } from './PurchaseOrderActions';
import { PurchaseOrderStatusTag } from './PurchaseOrderStatusTag';
import {
  goodsReceiptsQuery,
  purchaseOrderHistoryQuery,
  purchaseOrderQuery,
  type GoodsReceipt,
  type PurchaseOrder,
  type PurchaseOrderLine,
  type PurchaseOrderStatus,
} from './purchasing.api';
import { ReceiptForm } from './ReceiptForm';

function OrderFacts({ order }: { order: PurchaseOrder }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : undefined);
  const items: DescriptionsProps['items'] = [
    {
      key: 'supplier',
      label: t('purchasing.orders.supplier'),
      children: order.supplierName ?? order.supplierId,
    },
    {
      key: 'warehouse',
      label: t('purchasing.orders.warehouse'),
      children: <WarehouseName id={order.warehouseId} />,
    },
    {
      key: 'total',
      label: t('purchasing.orders.total'),
      children: <span data-testid="po-total">{formatMoney(order.totalAmount)}</span>,
    },
    {
      key: 'expectedDate',
      label: t('purchasing.orders.expectedDate'),
      children: order.expectedDate ?? t('common.none'),
    },
    { key: 'createdAt', label: t('purchasing.orders.createdAt'), children: when(order.createdAt) },
    ...(
      [
        ['submittedAt', order.submittedAt],
        ['approvedAt', order.approvedAt],
        ['sentAt', order.sentAt],
        ['receivedAt', order.receivedAt],
        ['closedAt', order.closedAt],
        ['cancelledAt', order.cancelledAt],
      ] as const
    )
      .filter(([, iso]) => iso)
      .map(([key, iso]) => ({ key, label: t(`purchasing.orders.${key}`), children: when(iso) })),
    ...(order.cancelReason
      ? [
          {
            key: 'cancelReason',
            label: t('purchasing.orderActions.cancelReason'),
            children: order.cancelReason,
          },
        ]
      : []),
    ...(order.note ? [{ key: 'note', label: t('purchasing.orders.note'), children: order.note }] : []),
  ];
  return <Descriptions items={items} column={{ xs: 1, md: 2, xl: 3 }} size="small" />;
}

function OrderLines({ order }: { order: PurchaseOrder }) {
  const { t } = useTranslation();
  const columns: TableProps<PurchaseOrderLine>['columns'] = [
    { key: 'lineNo', title: '#', render: (_, l) => l.lineNo },
    {
      key: 'sku',
      title: t('purchasing.orders.sku'),
      render: (_, l) => (l.skuName ? `${l.skuCode} · ${l.skuName}` : (l.skuCode ?? l.skuId)),
    },
    { key: 'quantity', title: t('purchasing.orders.quantity'), align: 'right', render: (_, l) => l.quantity },
    {
      key: 'unitPrice',
      title: t('purchasing.orders.unitPrice'),
      align: 'right',
      render: (_, l) => formatMoney(l.unitPrice),
    },
    {
      key: 'amount',
      title: t('purchasing.orders.lineAmount'),
      align: 'right',
      render: (_, l) => formatMoney(l.lineAmount),
    },
    {
      key: 'received',
      title: t('purchasing.receipts.received'),
      align: 'right',
      render: (_, l) => l.receivedQuantity,
    },
    {
      key: 'outstanding',
      title: t('purchasing.receipts.outstanding'),
      align: 'right',
      render: (_, l) => l.outstandingQuantity,
    },
  ];
  return (
    <Table<PurchaseOrderLine>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={order.lines}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="po-lines"
    />
  );
}

function Receipts({ order }: { order: PurchaseOrder }) {
  const { t, i18n } = useTranslation();
  const receipts = useQuery(goodsReceiptsQuery(order.id));
  const sku = (lineId: string) => {
    const line = order.lines.find((candidate) => candidate.id === lineId);
    return line?.skuCode ?? lineId.slice(-8);
  };
  const columns: TableProps<GoodsReceipt>['columns'] = [
    { key: 'number', title: t('purchasing.receipts.number'), render: (_, r) => r.number },
    {
      key: 'receivedAt',
      title: t('purchasing.receipts.receivedAt'),
      render: (_, r) => formatDateTime(r.receivedAt, i18n.language),
    },
    {
      key: 'lines',
      title: t('purchasing.receipts.lines'),
      render: (_, r) =>
        r.lines.map((line) => `${sku(line.purchaseOrderLineId)} × ${line.quantity}`).join('，'),
    },
    { key: 'note', title: t('purchasing.receipts.note'), render: (_, r) => r.note ?? t('common.none') },
  ];
  if (receipts.isError)
    return <QueryProblem error={receipts.error} onRetry={() => void receipts.refetch()} />;
  return (
    <Table<GoodsReceipt>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={receipts.data ?? []}
      loading={receipts.isPending}
      pagination={false}
      locale={{ emptyText: t('purchasing.receipts.empty') }}
      data-testid="po-receipts"
    />
  );
}

/** 采购 → one purchase order: its lines, next steps, the approval it waits for, receipts and history. */
export function PurchaseOrderPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const { orderId = '' } = useParams();
  const order = useQuery(purchaseOrderQuery(orderId));
  const history = useQuery(purchaseOrderHistoryQuery(orderId));
  const [receiving, setReceiving] = useState(false);
  const statusLabel = (status: string) => t(`purchasing.orderStatuses.${status as PurchaseOrderStatus}`);

  if (order.isError) return <QueryProblem error={order.error} onRetry={() => void order.refetch()} />;
  if (!order.data) return <Spin />;
  const po = order.data;
  const mayReceive = canReceive(po.status) && can('goods-receipts:write');
  return (
    <Flex vertical gap="middle">
      <Link to={PATHS.purchaseOrders}>{t('purchasing.orders.backToList')}</Link>
      <Flex justify="space-between" align="start" gap="middle" wrap>
        <Flex vertical gap={4}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('purchasing.orders.detailTitle', { number: po.number })}
          </Typography.Title>
          <span data-testid="po-status">
            <PurchaseOrderStatusTag status={po.status} />
          </span>
        </Flex>
        <Flex gap="small" wrap>
          {can('purchase-orders:write') && <PurchaseOrderActions order={po} />}
          {mayReceive && !receiving && (
            <Button type="primary" onClick={() => setReceiving(true)}>
              {t('purchasing.receipts.open')}
            </Button>
          )}
        </Flex>
      </Flex>
      {po.status === 'pending_approval' && (
        <Alert
          type="warning"
          showIcon
          data-testid="po-pending-approval"
          title={t('purchasing.orders.pendingApproval')}
          description={<Link to={PATHS.approvals}>{t('purchasing.orders.openApprovals')}</Link>}
        />
      )}
      <Card>
        <OrderFacts order={po} />
      </Card>
      {mayReceive && receiving && (
        <ReceiptForm key={po.version} order={po} onDone={() => setReceiving(false)} />
      )}
      <Card title={t('purchasing.orders.lines')}>
        <OrderLines order={po} />
      </Card>
      <Card title={t('purchasing.receipts.title')}>
        <Receipts order={po} />
      </Card>
      <Card title={t('purchasing.history.title')}>
        {history.isError ? (
          <QueryProblem error={history.error} onRetry={() => void history.refetch()} />
        ) : history.data ? (
          <HistoryTimeline entries={history.data} statusLabel={statusLabel} />
        ) : (
          <Spin />
        )}
      </Card>
    </Flex>
  );
}
