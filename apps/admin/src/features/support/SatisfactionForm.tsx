import { Button, Flex, Input, Rate, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { recordSatisfaction, type Ticket } from './support.api';
import { useTicketMutation } from './use-ticket-mutations';

/** The customer's satisfaction with a resolved or closed ticket (1–5), as they said it. */
export function SatisfactionForm({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const can = usePermissions();
  const [score, setScore] = useState(ticket.satisfactionScore ?? 0);
  const [comment, setComment] = useState('');
  const save = useTicketMutation(
    ticket.id,
    () => recordSatisfaction(ticket.id, score, comment),
    () => t('support.satisfaction.saved'),
  );
  const done = ticket.status === 'resolved' || ticket.status === 'closed';
  if (!done || !can('tickets:write'))
    return ticket.satisfactionScore ? (
      <Rate disabled value={ticket.satisfactionScore} />
    ) : (
      <Typography.Text type="secondary">{t('support.satisfaction.none')}</Typography.Text>
    );
  return (
    <Flex vertical gap="small">
      <Rate aria-label={t('support.satisfaction.score')} value={score} onChange={setScore} />
      {ticket.satisfactionComment && <Typography.Text>{ticket.satisfactionComment}</Typography.Text>}
      <Input.TextArea
        aria-label={t('support.satisfaction.comment')}
        placeholder={t('support.satisfaction.comment')}
        rows={2}
        maxLength={1000}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
      />
      <Button disabled={score < 1} loading={save.isPending} onClick={() => save.mutate(undefined)}>
        {t('support.satisfaction.save')}
      </Button>
    </Flex>
  );
}
