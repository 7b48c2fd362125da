import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Button,
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
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { orderPath, PATHS, ticketPath } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { formatDateTime } from '../../shared/format/date-time';
import { formatMoney } from '../../shared/money/money';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { orderListQuery, type OrderSummary } from '../orders/orders.api';
import { OrderStatusTag } from '../orders/OrderStatusTag';
import { TicketStatusTag } from '../support/SupportTags';
import { ticketListQuery, type TicketSummary } from '../support/support.api';
import {
  addressLabel,
  customerQuery,
  rebateLedgerQuery,
  type Customer,
  type CustomerAddress,
} from './customers.api';

function Profile({ customer }: { customer: Customer }) {
  const { t, i18n } = useTranslation();
  const none = t('common.none');
  const items: DescriptionsProps['items'] = [
    { key: 'phone', label: t('orders.customer.phone'), children: customer.phone },
    { key: 'email', label: t('orders.customer.email'), children: customer.email ?? none },
    {
      key: 'gender',
      label: t('orders.customer.gender'),
      children: customer.gender ? t(`orders.customer.genders.${customer.gender}`) : none,
    },
    { key: 'birthday', label: t('orders.customer.birthday'), children: customer.birthday ?? none },
    {
      key: 'source',
      label: t('orders.customer.source'),
      children: t(`orders.customer.sources.${customer.source}`),
    },
    {
      key: 'membership',
      label: t('orders.customer.membership'),
      children: customer.membership
        ? `${customer.membership.number} · ${
            i18n.language === 'en' ? customer.membership.level?.nameEn : customer.membership.level?.nameZh
          }`
        : t('orders.customer.notMember'),
    },
    {
      key: 'consent',
      label: t('orders.customer.marketingConsent'),
      children: customer.marketingConsent.granted
        ? t('orders.customer.consented')
        : t('orders.customer.notConsented'),
    },
    {
      key: 'createdAt',
      label: t('orders.customer.createdAt'),
      children: formatDateTime(customer.createdAt, i18n.language),
    },
  ];
  return <Descriptions items={items} column={{ xs: 1, md: 2, xl: 3 }} size="small" />;
}

function Addresses({ addresses }: { addresses: readonly CustomerAddress[] }) {
  const { t } = useTranslation();
  const columns: TableProps<CustomerAddress>['columns'] = [
    { key: 'address', title: t('orders.fields.shippingAddress'), render: (_, a) => addressLabel(a) },
    {
      key: 'default',
      title: '',
      render: (_, a) => a.isDefault && <Tag color="blue">{t('orders.phoneOrder.defaultAddress')}</Tag>,
    },
  ];
  return (
    <Table<CustomerAddress>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={[...addresses]}
      pagination={false}
      locale={{ emptyText: t('orders.customer.noAddresses') }}
    />
  );
}

function CustomerOrders({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const orders = useQuery(orderListQuery({ customerId, limit: 20 }));
  const columns: TableProps<OrderSummary>['columns'] = [
    {
      key: 'number',
      title: t('orders.fields.number'),
      render: (_, o) => <Link to={orderPath(o.id)}>{o.number}</Link>,
    },
    {
      key: 'status',
      title: t('orders.fields.status'),
      render: (_, o) => <OrderStatusTag status={o.status} />,
    },
    {
      key: 'payment',
      title: t('orders.fields.paymentMethod'),
      render: (_, o) => t(`orders.paymentMethods.${o.paymentMethod}`),
    },
    { key: 'total', title: t('orders.fields.total'), align: 'right', render: (_, o) => formatMoney(o.total) },
    {
      key: 'placedAt',
      title: t('orders.fields.placedAt'),
      render: (_, o) => formatDateTime(o.placedAt, i18n.language),
    },
  ];
  if (orders.isError) return <QueryProblem error={orders.error} onRetry={() => void orders.refetch()} />;
  return (
    <Table<OrderSummary>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={orders.data?.data ?? []}
      loading={orders.isPending}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('orders.customer.noOrders') }}
      data-testid="customer-orders"
    />
  );
}

/** The customer's latest support tickets: what a lead checks before calling back. */
function CustomerTickets({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const tickets = useQuery(ticketListQuery({ customerId, limit: 20, sort: '-createdAt' }));
  const columns: TableProps<TicketSummary>['columns'] = [
    {
      key: 'number',
      title: t('support.fields.number'),
      render: (_, ticket) => <Link to={ticketPath(ticket.id)}>{ticket.number}</Link>,
    },
    { key: 'subject', title: t('support.fields.subject'), dataIndex: 'subject', ellipsis: true },
    {
      key: 'status',
      title: t('support.fields.status'),
      render: (_, ticket) => <TicketStatusTag status={ticket.status} />,
    },
    {
      key: 'createdAt',
      title: t('support.fields.createdAt'),
      render: (_, ticket) => formatDateTime(ticket.createdAt, i18n.language),
    },
  ];
  if (tickets.isError) return <QueryProblem error={tickets.error} onRetry={() => void tickets.refetch()} />;
  return (
    <Table<TicketSummary>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={tickets.data?.data ?? []}
      loading={tickets.isPending}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('orders.customer.noTickets') }}
      data-testid="customer-tickets"
    />
  );
}

function Rebates({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const ledger = useQuery(rebateLedgerQuery(customerId));
  if (ledger.isError) return <QueryProblem error={ledger.error} onRetry={() => void ledger.refetch()} />;
  if (!ledger.data) return <Spin />;
  return (
    <Flex vertical gap="small">
      <Typography.Text strong data-testid="rebate-balance">
        {t('orders.customer.rebateBalance')}：{formatMoney(ledger.data.balance)}
      </Typography.Text>
      {ledger.data.data.length === 0 ? (
        <Typography.Text type="secondary">{t('orders.customer.noRebates')}</Typography.Text>
      ) : (
        ledger.data.data.map((entry) => (
          <Typography.Text key={entry.id} type="secondary">
            {formatDateTime(entry.occurredAt, i18n.language)} ·{' '}
            {t(`orders.customer.rebateKinds.${entry.kind}`)} {entry.amount > 0 ? '+' : ''}
            {formatMoney(entry.amount)}
          </Typography.Text>
        ))
      )}
    </Flex>
  );
}

/**
 * 会员 → one customer: profile (masked for roles without personal-data access), addresses, orders, tickets,
 * rebates.
 */
export function CustomerPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const navigate = useNavigate();
  const { customerId = '' } = useParams();
  const customer = useQuery(customerQuery(customerId));

  if (customer.isError)
    return <QueryProblem error={customer.error} onRetry={() => void customer.refetch()} />;
  if (!customer.data) return <Spin />;
  const c = customer.data;
  return (
    <Flex vertical gap="middle">
      <Link to={PATHS.members}>{t('members.backToList')}</Link>
      <Flex justify="space-between" align="start" gap="middle" wrap>
        <Flex vertical gap={4}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {c.name} <Typography.Text type="secondary">{c.number}</Typography.Text>
          </Typography.Title>
          <Flex gap={4} wrap>
            {c.tags.map((tag) => (
              <Tag key={tag}>{tag}</Tag>
            ))}
            {c.status === 'merged' && <Tag color="red">{t('orders.customer.merged')}</Tag>}
          </Flex>
        </Flex>
        {can('orders:create') && c.status === 'active' && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => void navigate(`${PATHS.newOrder}?customerId=${encodeURIComponent(c.id)}`)}
          >
            {t('orders.list.create')}
          </Button>
        )}
      </Flex>
      <Card>
        {c.masked && (
          <Typography.Paragraph type="secondary">{t('orders.phoneOrder.masked')}</Typography.Paragraph>
        )}
        <Profile customer={c} />
      </Card>
      <Card title={t('orders.customer.addresses')}>
        <Addresses addresses={c.addresses} />
      </Card>
      {can('orders:read') && (
        <Card title={t('orders.customer.orders')}>
          <CustomerOrders customerId={c.id} />
        </Card>
      )}
      {can('tickets:read') && (
        <Card title={t('orders.customer.tickets')}>
          <CustomerTickets customerId={c.id} />
        </Card>
      )}
      {can('rebates:read') && (
        <Card title={t('orders.customer.rebates')}>
          <Rebates customerId={c.id} />
        </Card>
      )}
    </Flex>
  );
}
