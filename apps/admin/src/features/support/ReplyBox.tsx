import { FileTextOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Input, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { AnswerPicker } from './AnswerPicker';
import { supportProblemMessage } from './support-problems';
import { addMessage, renderAnswer, type NewMessage, type StandardAnswer, type Ticket } from './support.api';
import { useTicketMutation } from './use-ticket-mutations';

type Kind = NewMessage['kind'];

/**
 * Writes into the thread: a public reply, an internal note, or what the customer said on the phone. A standard
 * answer is filled in by the server for this ticket (customer name, order and tracking number) and lands in the
 * box for the agent to edit before it goes out.
 */
export function ReplyBox({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const [kind, setKind] = useState<Kind>('reply');
  const [body, setBody] = useState('');
  const [answerId, setAnswerId] = useState<string>();
  const [missing, setMissing] = useState<string[]>([]);
  const [picking, setPicking] = useState(false);
  const [rendering, setRendering] = useState(false);
  const send = useTicketMutation(
    ticket.id,
    (input: NewMessage) => addMessage(ticket.id, input),
    () => t('support.reply.sent'),
  );
  if (!can('tickets:write')) return null;

  const pick = async (answer: StandardAnswer) => {
    setPicking(false);
    setRendering(true);
    try {
      const rendered = await renderAnswer(ticket.id, answer.id);
      setBody((current) => (current.trim() ? `${current.trimEnd()}\n${rendered.body}` : rendered.body));
      setAnswerId(answer.id);
      setMissing(rendered.missing);
      void message.info(t('support.reply.inserted', { title: answer.title }));
    } catch (error) {
      void message.error(supportProblemMessage(t, error));
    } finally {
      setRendering(false);
    }
  };

  const submit = (thenStatus?: NewMessage['thenStatus']) => {
    const text = body.trim();
    if (!text) {
      void message.warning(t('support.reply.required'));
      return;
    }
    send.mutate(
      { kind, body: text, standardAnswerId: kind === 'reply' ? answerId : undefined, thenStatus },
      {
        onSuccess: () => {
          setBody('');
          setAnswerId(undefined);
          setMissing([]);
        },
      },
    );
  };

  return (
    <Flex vertical gap="small" data-testid="reply-box">
      <Flex justify="space-between" wrap gap="small">
        <Segmented<Kind>
          aria-label={t('support.reply.kindLabel')}
          value={kind}
          onChange={setKind}
          options={(['reply', 'note', 'customer'] as const).map((k) => ({
            value: k,
            label: t(`support.reply.kinds.${k}`),
          }))}
        />
        {kind === 'reply' && can('standard-answers:read') && (
          <Button icon={<FileTextOutlined />} loading={rendering} onClick={() => setPicking(true)}>
            {t('support.reply.pick')}
          </Button>
        )}
      </Flex>
      <Input.TextArea
        aria-label={t(`support.reply.kinds.${kind}`)}
        placeholder={kind === 'note' ? t('support.reply.notePlaceholder') : t('support.reply.placeholder')}
        autoSize={{ minRows: 4, maxRows: 14 }}
        maxLength={20000}
        value={body}
        style={kind === 'note' ? { background: '#fffbe6' } : undefined}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            submit();
          }
        }}
      />
      {missing.length > 0 && kind === 'reply' && (
        <Alert type="warning" showIcon title={t('support.reply.missing', { names: missing.join('、') })} />
      )}
      <Flex gap="small" justify="end" wrap>
        {kind === 'reply' && ticket.status !== 'resolved' && ticket.status !== 'closed' && (
          <>
            <Button disabled={send.isPending} onClick={() => submit('waiting_on_customer')}>
              {t('support.reply.sendAndWait')}
            </Button>
            <Button disabled={send.isPending} onClick={() => submit('resolved')}>
              {t('support.reply.sendAndResolve')}
            </Button>
          </>
        )}
        <Button type="primary" loading={send.isPending} onClick={() => submit()}>
          {t('support.reply.send')}
        </Button>
      </Flex>
      {picking && (
        <AnswerPicker
          category={ticket.category}
          onPick={(a) => void pick(a)}
          onClose={() => setPicking(false)}
        />
      )}
    </Flex>
  );
}
