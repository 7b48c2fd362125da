import { App, Button, Checkbox, Flex, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orderProblemMessage } from './order-problems';
import { useAddOrderNote } from './use-order-mutations';

/** A note for the order's timeline: internal (staff only, the default) or one the customer may see. */
export function OrderNoteForm({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const add = useAddOrderNote(orderId);
  const [text, setText] = useState('');
  const [internal, setInternal] = useState(true);
  const submit = () => {
    if (!text.trim()) return;
    add.mutate(
      { text: text.trim(), internal },
      {
        onSuccess: () => {
          setText('');
          void message.success(t('orders.notes.added'));
        },
        onError: (error) => void message.error(orderProblemMessage(t, error)),
      },
    );
  };
  return (
    <Flex vertical gap="small" data-testid="order-note-form">
      <Input.TextArea
        aria-label={t('orders.notes.text')}
        placeholder={t('orders.notes.placeholder')}
        maxLength={2000}
        autoSize={{ minRows: 2, maxRows: 6 }}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
        }}
      />
      <Flex gap="small" align="center" justify="space-between" wrap>
        <Checkbox checked={internal} onChange={(event) => setInternal(event.target.checked)}>
          {t('orders.notes.internalHint')}
        </Checkbox>
        <Button type="primary" onClick={submit} loading={add.isPending} disabled={!text.trim()}>
          {t('orders.notes.add')}
        </Button>
      </Flex>
    </Flex>
  );
}
