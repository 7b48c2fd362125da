import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Descriptions, Flex, Row, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { orderPath, PATHS, returnPath } from '../../app/paths';
import { formatDateTime } from '../../shared/format/date-time';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { CustomerSidebar } from './CustomerSidebar';
import { ReplyBox } from './ReplyBox';
import { SatisfactionForm } from './SatisfactionForm';
import { SlaPanel } from './SlaTimer';
import { threadQuery, ticketQuery, type Ticket } from './support.api';
import { PriorityTag, TicketStatusTag } from './SupportTags';
import { TicketActions } from './TicketActions';
import { TicketAssignment } from './TicketAssignment';
import { TicketAttachments } from './TicketAttachments';
import { TicketHistory } from './TicketHistory';
import { TicketThread } from './TicketThread';

function TicketFacts({ ticket }: { ticket: Ticket }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : t('common.none'));
  return (
    <Descriptions
      column={1}
      size="small"
      items={[
        {
          key: 'channel',
          label: t('support.fields.channel'),
          children: t(`support.channels.${ticket.channel}`),
        },
        {
          key: 'category',
          label: t('support.fields.category'),
          children: t(`support.categories.${ticket.category}`),
        },
        ...(ticket.orderId
          ? [
              {
                key: 'order',
                label: t('support.fields.order'),
                children: <Link to={orderPath(ticket.orderId)}>{t('support.sidebar.linkedOrder')}</Link>,
              },
            ]
          : []),
        ...(ticket.returnId
          ? [
              {
                key: 'return',
                label: t('support.fields.return'),
                children: <Link to={returnPath(ticket.returnId)}>{t('support.fields.return')}</Link>,
              },
            ]
          : []),
        { key: 'createdAt', label: t('support.fields.createdAt'), children: when(ticket.createdAt) },
        {
          key: 'firstRespondedAt',
          label: t('support.fields.firstRespondedAt'),
          children: when(ticket.firstRespondedAt),
        },
        { key: 'resolvedAt', label: t('support.fields.resolvedAt'), children: when(ticket.resolvedAt) },
        ...(ticket.reopenableUntil
          ? [
              {
                key: 'reopenableUntil',
                label: t('support.fields.reopenableUntil'),
                children: when(ticket.reopenableUntil),
              },
            ]
          : []),
        ...(ticket.reopenCount
          ? [{ key: 'reopenCount', label: t('support.fields.reopenCount'), children: ticket.reopenCount }]
          : []),
      ]}
    />
  );
}

/**
 * 工单 → one ticket: its number, status moves and assignment on top; the thread (public replies apart from
 * internal notes) with the reply box and attachments; the customer, SLA, satisfaction and history beside it.
 */
export function TicketPage() {
  const { t, i18n } = useTranslation();
  const { ticketId = '' } = useParams();
  const ticket = useQuery(ticketQuery(ticketId));
  const thread = useQuery(threadQuery(ticketId));

  if (ticket.isError) return <QueryProblem error={ticket.error} onRetry={() => void ticket.refetch()} />;
  if (!ticket.data) return <Spin />;
  const current = ticket.data;
  return (
    <Flex vertical gap="middle">
      <Link to={PATHS.tickets}>
        <ArrowLeftOutlined /> {t('support.ticket.back')}
      </Link>
      <Flex justify="space-between" align="start" gap="middle" wrap>
        <div>
          <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4 }}>
            {current.number} · {current.subject}
          </Typography.Title>
          <Flex gap="small" align="center" wrap>
            <TicketStatusTag status={current.status} />
            <PriorityTag priority={current.priority} />
            <Typography.Text type="secondary">
              {t('support.ticket.subtitle', {
                channel: t(`support.channels.${current.channel}`),
                category: t(`support.categories.${current.category}`),
                time: formatDateTime(current.createdAt, i18n.language),
              })}
            </Typography.Text>
          </Flex>
        </div>
        <TicketActions ticket={current} />
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap="middle">
            <Card title={t('support.thread.title')} size="small">
              {thread.isError ? (
                <QueryProblem error={thread.error} onRetry={() => void thread.refetch()} />
              ) : thread.data ? (
                <TicketThread messages={thread.data} />
              ) : (
                <Spin />
              )}
            </Card>
            <Card size="small">
              <ReplyBox ticket={current} />
            </Card>
            <Card title={t('support.attachments.title')} size="small">
              <TicketAttachments ticketId={current.id} />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap="middle">
            <Card title={t('support.sidebar.customer')} size="small">
              <CustomerSidebar ticket={current} />
            </Card>
            <Card title={t('support.sidebar.slaTitle')} size="small">
              <SlaPanel sla={current.sla} />
            </Card>
            <Card title={t('support.ticket.assignTitle')} size="small">
              <TicketAssignment ticket={current} />
            </Card>
            <Card title={t('support.ticket.facts')} size="small">
              <TicketFacts ticket={current} />
            </Card>
            <Card title={t('support.satisfaction.title')} size="small">
              <SatisfactionForm ticket={current} />
            </Card>
            <Card title={t('support.history.title')} size="small">
              <TicketHistory ticketId={current.id} />
            </Card>
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
