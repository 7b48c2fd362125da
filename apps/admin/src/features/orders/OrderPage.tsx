import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Card,
  Descriptions,
  Flex,
  Spin,
  Table,
  Tag,
  Typography,
  type DescriptionsProps,
  type TableProps,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { customerPath, PATHS } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { formatDateTime } from '../../shared/format/date-time';
import { formatMoney } from '../../shared/money/money';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { OrderActions } from './OrderActions';
import { OrderAfterSalesActions } from './OrderAfterSalesActions';
import { OrderNoteForm } from './OrderNoteForm';
import { orderQuery, type Order, type OrderLine, type OrderPayment } from './orders.api';
import { OrderStatusTag } from './OrderStatusTag';
import { OrderTimeline } from './OrderTimeline';

function OrderFacts({ order }: { order: Order }) {
  const { t, i18n } = useTranslation();
  const address = order.shippingAddress;
  const items: DescriptionsProps['items'] = [
    {
      key: 'customer',
      label: t('orders.fields.customer'),
      children: <Link to={customerPath(order.customerId)}>{order.customerName ?? order.customerId}</Link>,
    },
    {
      key: 'payment',
      label: t('orders.fields.paymentMethod'),
      children: t(`orders.paymentMethods.${order.paymentMethod}`),
    },
    { key: 'channel', label: t('orders.fields.channel'), children: t(`orders.channels.${order.channel}`) },
    {
      key: 'placedAt',
      label: t('orders.fields.placedAt'),
      children: formatDateTime(order.placedAt, i18n.language),
    },
    {
      key: 'address',
      label: t('orders.fields.shippingAddress'),
      span: 2,
      children: (
        <span data-testid="order-address">
          {address.detail}（{address.recipientName} {address.recipientPhone}）
        </span>
      ),
    },
    ...(order.shipment
      ? [
          {
            key: 'shipment',
            label: t('orders.fields.shipment'),
            children: `${order.shipment.carrier} · ${order.shipment.trackingNumber}`,
          },
        ]
      : []),
    ...(order.cancelReason
      ? [{ key: 'cancelReason', label: t('orders.actions.cancelReason'), children: order.cancelReason }]
      : []),
    ...(order.note ? [{ key: 'note', label: t('orders.fields.note'), children: order.note }] : []),
  ];
  return <Descriptions items={items} column={{ xs: 1, md: 2, xl: 3 }} size="small" />;
}

function OrderTotals({ order }: { order: Order }) {
  const { t } = useTranslation();
  const rows: Array<[string, number, string?]> = [
    [t('orders.fields.listTotal'), order.listTotal],
    [t('orders.fields.discountTotal'), -order.discountTotal],
    [t('orders.fields.total'), order.total, 'order-total'],
    [t('orders.fields.paidAmount'), order.paidAmount],
  ];
  if (order.priceDifference !== 0) rows.push([t('orders.fields.priceDifference'), order.priceDifference]);
  if (order.amountDue > 0) rows.push([t('orders.fields.amountDue'), order.amountDue]);
  if (order.refundDue > 0) rows.push([t('orders.fields.refundDue'), order.refundDue]);
  return (
    <Flex vertical align="end" gap={2}>
      {rows.map(([label, amount, testId]) => (
        <Typography.Text key={label} strong={!!testId} data-testid={testId}>
          {label}：{formatMoney(amount)}
        </Typography.Text>
      ))}
    </Flex>
  );
}

/** What an edit did to the price: the API re-quoted the order, and the difference is settled from here. */
function EditOutcome({ before, after, onClose }: { before: Order; after: Order; onClose(): void }) {
  const { t } = useTranslation();
  const difference = after.total - before.total;
  const settle =
    after.amountDue > 0
      ? t('orders.edit.amountDue', { amount: formatMoney(after.amountDue) })
      : after.refundDue > 0
        ? t('orders.edit.refundDue', { amount: formatMoney(after.refundDue) })
        : '';
  return (
    <Alert
      type={difference === 0 ? 'success' : 'info'}
      showIcon
      closable
      onClose={onClose}
      data-testid="order-edit-outcome"
      title={t('orders.edit.saved')}
      description={`${t('orders.edit.requoted', {
        before: formatMoney(before.total),
        after: formatMoney(after.total),
        difference: `${difference > 0 ? '+' : ''}${formatMoney(difference)}`,
      })}${settle ? ` ${settle}` : ''}`}
    />
  );
}

function OrderLines({ order }: { order: Order }) {
  const { t } = useTranslation();
  const columns: TableProps<OrderLine>['columns'] = [
    { key: 'lineNo', title: '#', render: (_, l) => l.lineNo },
    { key: 'sku', title: t('orders.fields.sku'), render: (_, l) => `${l.skuCode} · ${l.productName}` },
    { key: 'quantity', title: t('orders.fields.quantity'), align: 'right', render: (_, l) => l.quantity },
    {
      key: 'unitPrice',
      title: t('orders.fields.unitPrice'),
      align: 'right',
      render: (_, l) => formatMoney(l.unitPrice),
    },
    {
      key: 'listAmount',
      title: t('orders.fields.listAmount'),
      align: 'right',
      render: (_, l) => formatMoney(l.listAmount),
    },
    {
      key: 'discounts',
      title: t('orders.fields.discounts'),
      render: (_, l) =>
        l.discounts.length === 0
          ? t('common.none')
          : l.discounts.map((d) => (
              <Tag key={d.promotionId} color="red">
                {d.promotionName} −{formatMoney(d.amount)}
              </Tag>
            )),
    },
    {
      key: 'amount',
      title: t('orders.fields.amount'),
      align: 'right',
      render: (_, l) => formatMoney(l.amount),
    },
  ];
  return (
    <Table<OrderLine>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={order.lines}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="order-lines"
    />
  );
}

function Payments({ payments }: { payments: readonly OrderPayment[] }) {
  const { t, i18n } = useTranslation();
  const columns: TableProps<OrderPayment>['columns'] = [
    { key: 'provider', title: t('orders.payments.provider'), render: (_, p) => p.provider },
    {
      key: 'transaction',
      title: t('orders.payments.transaction'),
      render: (_, p) => p.providerTransactionId,
    },
    {
      key: 'amount',
      title: t('orders.fields.amount'),
      align: 'right',
      render: (_, p) => formatMoney(p.amount),
    },
    {
      key: 'paidAt',
      title: t('orders.payments.paidAt'),
      render: (_, p) => formatDateTime(p.paidAt, i18n.language),
    },
  ];
  return (
    <Table<OrderPayment>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={[...payments]}
      pagination={false}
      locale={{ emptyText: t('orders.payments.empty') }}
    />
  );
}

/** 订单 → one order: its lines and totals, address, payments, next steps, and a timeline with notes. */
export function OrderPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const { orderId = '' } = useParams();
  const order = useQuery(orderQuery(orderId));
  const [edited, setEdited] = useState<{ before: Order; after: Order }>();

  if (order.isError) return <QueryProblem error={order.error} onRetry={() => void order.refetch()} />;
  if (!order.data) return <Spin />;
  const so = order.data;
  return (
    <Flex vertical gap="middle">
      <Link to={PATHS.orders}>{t('orders.detail.backToList')}</Link>
      <Flex justify="space-between" align="start" gap="middle" wrap>
        <Flex vertical gap={4}>
          <Typography.Title level={2} style={{ margin: 0 }} data-testid="order-number">
            {t('orders.detail.title', { number: so.number })}
          </Typography.Title>
          <span data-testid="order-status">
            <OrderStatusTag status={so.status} />
          </span>
        </Flex>
        <Flex vertical gap="small" align="end">
          <OrderActions order={so} />
          <OrderAfterSalesActions order={so} onEdited={(before, after) => setEdited({ before, after })} />
        </Flex>
      </Flex>
      {edited && edited.after.id === so.id && (
        <EditOutcome before={edited.before} after={edited.after} onClose={() => setEdited(undefined)} />
      )}
      {so.paymentMethod === 'cod' && so.status === 'confirmed' && (
        <Alert type="info" showIcon title={t('orders.detail.codConfirmed')} />
      )}
      <Card>
        <OrderFacts order={so} />
      </Card>
      <Card title={t('orders.detail.lines')}>
        <Flex vertical gap="middle">
          <OrderLines order={so} />
          <OrderTotals order={so} />
        </Flex>
      </Card>
      <Card title={t('orders.payments.title')}>
        <Payments payments={so.payments} />
      </Card>
      <Card title={t('orders.timeline.title')}>
        <Flex vertical gap="middle">
          <OrderTimeline entries={so.timeline} notes={so.notes} />
          {can('orders:write') && <OrderNoteForm orderId={so.id} />}
        </Flex>
      </Card>
    </Flex>
  );
}
