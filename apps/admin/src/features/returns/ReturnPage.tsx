import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Flex, Spin, Table, Tag, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { customerPath, orderPath, PATHS } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { formatDateTime } from '../../shared/format/date-time';
import { formatMoney } from '../../shared/money/money';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { orderQuery, type OrderLine } from '../orders/orders.api';
import { ReturnActions } from './ReturnActions';
import { returnQuery, type ReturnLine, type ReturnRequest, type ReturnStatus } from './returns.api';
import { ReturnStatusTag } from './ReturnStatusTag';
import { StepHistory } from './StepHistory';

function Facts({ request: r, orderNumber }: { request: ReturnRequest; orderNumber: string | undefined }) {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const items = [
    {
      key: 'order',
      label: t('returns.fields.order'),
      children: can('orders:read') ? (
        <Link to={orderPath(r.orderId)}>{orderNumber ?? t('returns.list.openOrder')}</Link>
      ) : (
        (orderNumber ?? t('common.none'))
      ),
    },
    {
      key: 'customer',
      label: t('orders.fields.customer'),
      children: can('customers:read') ? (
        <Link to={customerPath(r.customerId)}>{t('returns.detail.openCustomer')}</Link>
      ) : (
        t('common.none')
      ),
    },
    { key: 'kind', label: t('returns.fields.kind'), children: t(`returns.kinds.${r.kind}`) },
    {
      key: 'createdAt',
      label: t('returns.fields.createdAt'),
      children: formatDateTime(r.createdAt, i18n.language),
    },
    ...(r.rejectReason
      ? [{ key: 'rejectReason', label: t('returns.fields.rejectReason'), children: r.rejectReason }]
      : []),
    ...(r.replacementCarrier
      ? [
          {
            key: 'replacement',
            label: t('returns.fields.replacement'),
            children: `${r.replacementCarrier} · ${r.replacementTrackingNumber ?? ''}`,
          },
        ]
      : []),
    ...(r.refund
      ? [
          {
            key: 'refund',
            label: t('returns.fields.refund'),
            children: (
              <span data-testid="return-refund">
                {formatMoney(r.refund.amount)} · {t(`returns.refundMethods.${r.refund.method}`)} ·{' '}
                {t(`returns.refundStatuses.${r.refund.status}`)}
                {r.refund.rebateAmount > 0 &&
                  ` · ${t('returns.fields.rebateBack', { amount: formatMoney(r.refund.rebateAmount) })}`}
              </span>
            ),
          },
        ]
      : []),
  ];
  return <Descriptions items={items} column={{ xs: 1, md: 2, xl: 3 }} size="small" />;
}

function Lines({
  request,
  skuOf,
}: {
  request: ReturnRequest;
  skuOf(line: ReturnLine): OrderLine | undefined;
}) {
  const { t } = useTranslation();
  const columns: TableProps<ReturnLine>['columns'] = [
    {
      key: 'sku',
      title: t('orders.fields.sku'),
      render: (_, line) => {
        const sku = skuOf(line);
        return sku ? `${sku.skuCode} · ${sku.productName}` : line.skuId;
      },
    },
    { key: 'quantity', title: t('orders.fields.quantity'), align: 'right', render: (_, l) => l.quantity },
    { key: 'reason', title: t('returns.fields.reason'), render: (_, l) => l.reason },
    {
      key: 'disposition',
      title: t('returns.fields.disposition'),
      render: (_, l) =>
        l.disposition ? (
          <Tag color={l.disposition === 'restock' ? 'green' : 'volcano'}>
            {t(`returns.dispositions.${l.disposition}`)}
          </Tag>
        ) : (
          t('returns.detail.notInspected')
        ),
    },
    {
      key: 'refund',
      title: t('returns.fields.refundAmount'),
      align: 'right',
      render: (_, l) => (l.refundAmount === null ? t('common.none') : formatMoney(l.refundAmount)),
    },
  ];
  return (
    <Table<ReturnLine>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={request.lines}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="return-lines"
    />
  );
}

/** 售后 → one return or exchange: its lines, the next steps, the refund, and its history. */
export function ReturnPage() {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const { returnId = '' } = useParams();
  const request = useQuery(returnQuery(returnId));
  // The order names the SKUs and its number; without orders:read the return still shows its own facts.
  const order = useQuery({
    ...orderQuery(request.data?.orderId ?? ''),
    enabled: !!request.data && can('orders:read'),
    retry: false,
  });

  if (request.isError) return <QueryProblem error={request.error} onRetry={() => void request.refetch()} />;
  if (!request.data) return <Spin />;
  const r = request.data;
  const skuOf = (line: ReturnLine) => order.data?.lines.find((l) => l.id === line.orderLineId);
  const action = (code: string) =>
    i18n.exists(`returns.historyActions.${code}`) ? t(`returns.historyActions.${code as 'approve'}`) : code;
  const status = (code: string) =>
    i18n.exists(`returns.statuses.${code}`) ? t(`returns.statuses.${code as ReturnStatus}`) : code;
  return (
    <Flex vertical gap="middle">
      <Link to={PATHS.returns}>{t('returns.detail.backToList')}</Link>
      <Flex justify="space-between" align="start" gap="middle" wrap>
        <Flex vertical gap={4}>
          <Typography.Title level={2} style={{ margin: 0 }} data-testid="return-number">
            {t(`returns.detail.title.${r.kind}`, { number: r.number })}
          </Typography.Title>
          <span data-testid="return-status">
            <ReturnStatusTag status={r.status} />
          </span>
        </Flex>
        <ReturnActions request={r} skuOf={skuOf} />
      </Flex>
      <Card>
        <Facts request={r} orderNumber={order.data?.number} />
      </Card>
      <Card title={t('returns.detail.lines')}>
        <Lines request={r} skuOf={skuOf} />
      </Card>
      <Card title={t('returns.detail.history')}>
        <StepHistory entries={r.history} action={action} status={status} testId="return-history" />
      </Card>
    </Flex>
  );
}
