import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser, usePermissions } from '../../auth/use-session';
import { agentsQuery, assignTicket, queuesQuery, updateTicket, type Ticket } from './support.api';
import { useAgentNames, useQueueNames } from './SupportTags';
import { useTicketMutation } from './use-ticket-mutations';

/**
 * Queue, assignee and tags. An agent may take a ticket of their queue; the lead (tickets:assign) moves it to
 * any queue and any of that queue's members.
 */
export function TicketAssignment({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const can = usePermissions();
  const me = useCurrentUser();
  const agentName = useAgentNames();
  const queueName = useQueueNames();
  const lead = can('tickets:assign');
  const queues = useQuery({ ...queuesQuery(), enabled: lead });
  const agents = useQuery({ ...agentsQuery(), enabled: lead });
  const [tags, setTags] = useState<string[]>(ticket.tags);
  const [shownTags, setShownTags] = useState(ticket.tags);
  if (shownTags !== ticket.tags) {
    setShownTags(ticket.tags);
    setTags(ticket.tags);
  }
  const assign = useTicketMutation(
    ticket.id,
    (input: { queueId?: string; assigneeId?: string | null }) => assignTicket(ticket, input),
    () => t('support.ticket.assigned'),
  );
  const saveTags = useTicketMutation(
    ticket.id,
    (next: string[]) => updateTicket(ticket, { tags: next }),
    () => t('support.ticket.tagsSaved'),
  );
  const writable = can('tickets:write');
  const queue = queues.data?.find((q) => q.id === ticket.queueId);
  const members = (agents.data ?? []).filter((a) => !queue || queue.memberIds.includes(a.id));
  const tagsChanged = tags.join('\u0000') !== ticket.tags.join('\u0000');

  return (
    <Descriptions
      column={1}
      size="small"
      items={[
        {
          key: 'queue',
          label: t('support.fields.queue'),
          children: lead ? (
            <Select
              aria-label={t('support.ticket.chooseQueue')}
              value={ticket.queueId}
              style={{ minWidth: 160 }}
              disabled={assign.isPending}
              onChange={(queueId) => assign.mutate({ queueId })}
              options={(queues.data ?? []).map((q) => ({ value: q.id, label: q.name }))}
            />
          ) : (
            queueName(ticket.queueId)
          ),
        },
        {
          key: 'assignee',
          label: t('support.fields.assignee'),
          children: (
            <Flex gap="small" wrap align="center">
              {lead ? (
                <Select
                  aria-label={t('support.ticket.chooseAgent')}
                  placeholder={t('support.people.unassigned')}
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  value={ticket.assigneeId ?? undefined}
                  style={{ minWidth: 160 }}
                  disabled={assign.isPending}
                  onChange={(assigneeId?: string) => assign.mutate({ assigneeId: assigneeId ?? null })}
                  options={members.map((a) => ({ value: a.id, label: a.displayName }))}
                />
              ) : (
                <span data-testid="ticket-assignee">{agentName(ticket.assigneeId)}</span>
              )}
              {writable && ticket.assigneeId !== me.id && (
                <Button
                  size="small"
                  loading={assign.isPending}
                  onClick={() => assign.mutate({ assigneeId: me.id })}
                >
                  {t('support.ticket.takeIt')}
                </Button>
              )}
            </Flex>
          ),
        },
        {
          key: 'tags',
          label: t('support.fields.tags'),
          children: writable ? (
            <Flex gap="small" vertical style={{ width: '100%' }}>
              <Select
                mode="tags"
                aria-label={t('support.fields.tags')}
                placeholder={t('support.ticket.tagsPlaceholder')}
                value={tags}
                onChange={(next: string[]) =>
                  setTags(next.map((tag) => tag.trim().slice(0, 40)).filter(Boolean))
                }
                style={{ minWidth: 200 }}
                open={false}
              />
              {tagsChanged && (
                <Button size="small" loading={saveTags.isPending} onClick={() => saveTags.mutate(tags)}>
                  {t('support.ticket.tagsSave')}
                </Button>
              )}
            </Flex>
          ) : (
            ticket.tags.join('、') || t('common.none')
          ),
        },
      ]}
    />
  );
}
