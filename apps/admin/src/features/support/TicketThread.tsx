import { LockOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/date-time';
import type { TicketMessage } from './support.api';

const LOOKS: Record<string, { background: string; border: string; colour: string }> = {
  reply: { background: '#f0f7ff', border: '#91caff', colour: 'blue' },
  note: { background: '#fffbe6', border: '#ffe58f', colour: 'gold' },
  customer: { background: '#fafafa', border: '#d9d9d9', colour: 'default' },
};

/**
 * The conversation, oldest first. Internal notes look different (yellow, a lock, "internal") so nobody mistakes
 * them for what the customer was told; the customer's own words sit on the left, ours on the right.
 */
export function TicketThread({ messages }: { messages: readonly TicketMessage[] }) {
  const { t, i18n } = useTranslation();
  if (messages.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('support.thread.empty')} />;
  return (
    <Flex vertical gap="small" data-testid="ticket-thread">
      {messages.map((m) => {
        const kind = (m.kind in LOOKS ? m.kind : 'customer') as 'reply' | 'note' | 'customer';
        const look = LOOKS[kind]!;
        return (
          <Card
            key={m.id}
            size="small"
            data-kind={kind}
            style={{
              background: look.background,
              borderColor: look.border,
              borderStyle: kind === 'note' ? 'dashed' : 'solid',
              marginLeft: kind === 'customer' ? 0 : 48,
              marginRight: kind === 'customer' ? 48 : 0,
            }}
          >
            <Flex justify="space-between" wrap gap="small">
              <span>
                <Tag color={look.colour} icon={kind === 'note' ? <LockOutlined /> : undefined}>
                  {t(`support.thread.kinds.${kind}`)}
                </Tag>
                <Typography.Text strong>{m.authorLabel ?? t('support.thread.system')}</Typography.Text>
                {m.standardAnswerId && (
                  <Typography.Text type="secondary"> · {t('support.thread.fromAnswer')}</Typography.Text>
                )}
              </span>
              <Typography.Text type="secondary">{formatDateTime(m.createdAt, i18n.language)}</Typography.Text>
            </Flex>
            {kind === 'note' && (
              <Typography.Text type="warning" style={{ fontSize: 12 }}>
                {t('support.thread.internal')}
              </Typography.Text>
            )}
            <div style={{ whiteSpace: 'pre-wrap', marginTop: 4 }}>{m.body}</div>
          </Card>
        );
      })}
    </Flex>
  );
}
