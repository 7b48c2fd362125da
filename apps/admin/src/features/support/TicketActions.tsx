import { Button, Flex, Input, Popover, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { nextStatuses, transitionTicket, type Ticket, type TicketStatus } from './support.api';
import { useTicketMutation } from './use-ticket-mutations';

/** The status moves the ticket allows now (legal ones only; reopening only within the window), each with a note. */
export function TicketActions({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const can = usePermissions();
  const [note, setNote] = useState('');
  const [open, setOpen] = useState<TicketStatus>();
  const move = useTicketMutation(
    ticket.id,
    (input: { status: TicketStatus; note: string }) => transitionTicket(ticket, input.status, input.note),
    (changed) => t('support.ticket.moved', { status: t(`support.statuses.${changed.status}`) }),
  );
  if (!can('tickets:write')) return null;
  const reopening = ticket.status === 'resolved' || ticket.status === 'closed';
  return (
    <Flex gap="small" wrap data-testid="ticket-actions">
      {nextStatuses(ticket).map((status) => {
        const label =
          reopening && status === 'open' ? t('support.ticket.reopen') : t(`support.ticket.moveTo.${status}`);
        return (
          <Popover
            key={status}
            trigger="click"
            open={open === status}
            onOpenChange={(visible) => {
              setOpen(visible ? status : undefined);
              setNote('');
            }}
            content={
              <Space direction="vertical">
                <Input.TextArea
                  aria-label={t('support.ticket.moveNote')}
                  placeholder={t('support.ticket.moveNote')}
                  rows={2}
                  maxLength={1000}
                  value={note}
                  onChange={(event) => setNote(event.target.value)}
                />
                <Button
                  type="primary"
                  loading={move.isPending}
                  onClick={() => move.mutate({ status, note }, { onSuccess: () => setOpen(undefined) })}
                >
                  {label}
                </Button>
              </Space>
            }
          >
            <Button type={status === 'resolved' ? 'primary' : 'default'} disabled={move.isPending}>
              {label}
            </Button>
          </Popover>
        );
      })}
    </Flex>
  );
}
