import { useQuery } from '@tanstack/react-query';
import { Descriptions, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { customerPath, orderPath, returnPath, ticketPath } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { formatDateTime } from '../../shared/format/date-time';
import { formatMoney } from '../../shared/money/money';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { OrderStatusTag } from '../orders/OrderStatusTag';
import type { OrderStatus } from '../orders/orders.api';
import { customerContextQuery, type CustomerOrder, type Ticket } from './support.api';
import { TicketStatusTag } from './SupportTags';

function OrderLine({ order }: { order: CustomerOrder }) {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  return (
    <div data-testid="sidebar-order">
      <Flex justify="space-between" gap="small" wrap>
        {can('orders:read') ? (
          <Link to={orderPath(order.orderId)}>{order.orderNumber}</Link>
        ) : (
          order.orderNumber
        )}
        <OrderStatusTag status={order.status as OrderStatus} />
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatMoney(order.total)} · {formatDateTime(order.placedAt, i18n.language)}
        {order.trackingNumber &&
          ` · ${t('support.sidebar.tracking')} ${order.carrier ?? ''} ${order.trackingNumber}`}
      </Typography.Text>
    </div>
  );
}

/**
 * What an agent needs beside the thread: who the customer is (masked as the API returns it without PII access),
 * their latest orders linking to the order page (where a return is opened), and their other tickets.
 */
export function CustomerSidebar({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const can = usePermissions();
  const context = useQuery(customerContextQuery(ticket.id));
  if (context.isError) return <QueryProblem error={context.error} onRetry={() => void context.refetch()} />;
  if (!context.data) return null;
  const { customer, recentOrders, recentTickets, linkedOrder, keyAccount, openTicketCount } = context.data;
  const returnTarget = ticket.returnId
    ? returnPath(ticket.returnId)
    : (linkedOrder ?? recentOrders.find((o) => o.deliveredAt))
      ? orderPath((linkedOrder ?? recentOrders.find((o) => o.deliveredAt))!.orderId)
      : undefined;
  return (
    <Flex vertical gap="middle" data-testid="customer-sidebar">
      <Descriptions
        column={1}
        size="small"
        title={
          <Flex gap="small" align="center" wrap>
            {can('customers:read') ? (
              <Link to={customerPath(customer.id)}>{customer.name}</Link>
            ) : (
              customer.name
            )}
            {keyAccount && (
              <Tag color="gold">
                {t(`support.sidebar.keyAccount.${keyAccount as 'suggested' | 'confirmed'}`)}
              </Tag>
            )}
          </Flex>
        }
        items={[
          { key: 'number', label: t('support.fields.customer'), children: customer.number },
          { key: 'phone', label: t('support.sidebar.phone'), children: customer.phone },
          ...(customer.email
            ? [{ key: 'email', label: t('support.sidebar.email'), children: customer.email }]
            : []),
          ...(customer.memberLevel
            ? [{ key: 'level', label: t('support.sidebar.memberLevel'), children: customer.memberLevel }]
            : []),
          { key: 'open', label: t('support.sidebar.openTickets'), children: openTicketCount },
        ]}
      />
      {linkedOrder && (
        <div>
          <Typography.Text strong>{t('support.sidebar.linkedOrder')}</Typography.Text>
          <OrderLine order={linkedOrder} />
        </div>
      )}
      <div>
        <Typography.Text strong>{t('support.sidebar.recentOrders')}</Typography.Text>
        {recentOrders.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('support.sidebar.noOrders')} />
        ) : (
          <Flex vertical gap="small">
            {recentOrders.map((order) => (
              <OrderLine key={order.orderId} order={order} />
            ))}
          </Flex>
        )}
      </div>
      {returnTarget && (can('returns:write') || can('returns:read')) && (
        <Link to={returnTarget}>{t('support.sidebar.openReturn')}</Link>
      )}
      <div>
        <Typography.Text strong>{t('support.sidebar.otherTickets')}</Typography.Text>
        {recentTickets.filter((other) => other.id !== ticket.id).length === 0 ? (
          <div>
            <Typography.Text type="secondary">{t('support.sidebar.noOtherTickets')}</Typography.Text>
          </div>
        ) : (
          recentTickets
            .filter((other) => other.id !== ticket.id)
            .map((other) => (
              <Flex key={other.id} justify="space-between" gap="small">
                <Link to={ticketPath(other.id)}>{other.number}</Link>
                <TicketStatusTag status={other.status} />
              </Flex>
            ))
        )}
      </div>
    </Flex>
  );
}
