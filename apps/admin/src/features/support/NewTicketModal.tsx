import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../shared/forms/FormActions';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { CustomerSearchSelect } from '../customers/CustomerSearchSelect';
import { orderListQuery } from '../orders/orders.api';
import { useCurrentUser, usePermissions } from '../../auth/use-session';
import { SupportProblemAlert } from './SupportProblemAlert';
import {
  AGENT_CHANNELS,
  createTicket,
  queuesQuery,
  supportKeys,
  TICKET_CATEGORIES,
  TICKET_PRIORITIES,
  type NewTicket,
  type Ticket,
} from './support.api';

const FIELDS = [
  'customerId',
  'channel',
  'category',
  'priority',
  'subject',
  'description',
  'orderId',
  'queueId',
];

type Values = Pick<NewTicket, 'customerId' | 'channel' | 'category' | 'priority' | 'subject'> & {
  description?: string;
  orderId?: string;
  queueId?: string;
};

/** A ticket typed in by an agent from a call, a chat or an email: the customer, what about, and how urgent. */
export function NewTicketModal({ onClose, onCreated }: { onClose(): void; onCreated(ticket: Ticket): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const formProblem = useFormProblem(form, FIELDS);
  const customerId = Form.useWatch('customerId', form);
  const orders = useQuery({
    ...orderListQuery({ customerId, limit: 20 }),
    enabled: !!customerId && can('orders:read'),
  });
  const queues = useQuery({ ...queuesQuery(), enabled: can('support-queues:read') });
  // Without a queue chosen, an agent's ticket goes to their own (first) queue, where they can see and take it.
  const myQueue = queues.data?.find((q) => q.active && q.memberIds.includes(me.id));
  const create = useMutation({
    mutationFn: createTicket,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: supportKeys.tickets() }),
  });

  const submit = async (values: Values) => {
    formProblem.clear();
    try {
      const ticket = await create.mutateAsync({
        ...values,
        subject: values.subject.trim(),
        description: values.description?.trim() || undefined,
        queueId: values.queueId ?? myQueue?.id,
      });
      void message.success(t('support.newTicket.created', { number: ticket.number }));
      onCreated(ticket);
      onClose();
    } catch (error) {
      formProblem.report(error);
    }
  };

  return (
    <Modal
      open
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      title={t('support.newTicket.title')}
      width={640}
    >
      <Form<Values>
        form={form}
        name="new-ticket"
        layout="vertical"
        initialValues={{ channel: 'phone', category: 'order', priority: 'normal' }}
        onFinish={submit}
      >
        <Form.Item
          name="customerId"
          label={t('support.newTicket.customer')}
          rules={[{ required: true, message: t('support.newTicket.customerRequired') }]}
        >
          <CustomerSearchSelect autoFocus placeholder={t('support.newTicket.customerPlaceholder')} />
        </Form.Item>
        <Form.Item name="channel" label={t('support.newTicket.channel')}>
          <Select options={AGENT_CHANNELS.map((c) => ({ value: c, label: t(`support.channels.${c}`) }))} />
        </Form.Item>
        <Form.Item name="category" label={t('support.newTicket.category')}>
          <Select
            options={TICKET_CATEGORIES.map((c) => ({ value: c, label: t(`support.categories.${c}`) }))}
          />
        </Form.Item>
        <Form.Item name="priority" label={t('support.newTicket.priority')}>
          <Select
            options={TICKET_PRIORITIES.map((p) => ({ value: p, label: t(`support.priorities.${p}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="subject"
          label={t('support.newTicket.subject')}
          rules={[{ required: true, whitespace: true, message: t('support.newTicket.subjectRequired') }]}
        >
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <Form.Item name="description" label={t('support.newTicket.description')}>
          <Input.TextArea rows={4} maxLength={20000} />
        </Form.Item>
        {can('orders:read') && (
          <Form.Item name="orderId" label={t('support.newTicket.order')}>
            <Select
              allowClear
              disabled={!customerId}
              placeholder={t('support.newTicket.orderPlaceholder')}
              loading={orders.isFetching}
              options={(orders.data?.data ?? []).map((o) => ({ value: o.id, label: o.number }))}
            />
          </Form.Item>
        )}
        {can('support-queues:read') && (
          <Form.Item
            name="queueId"
            label={t('support.newTicket.queue')}
            extra={t('support.newTicket.queueHint')}
          >
            <Select allowClear options={(queues.data ?? []).map((q) => ({ value: q.id, label: q.name }))} />
          </Form.Item>
        )}
        {formProblem.problem && (
          <Form.Item>
            <SupportProblemAlert
              error={formProblem.problem.error}
              fieldErrors={formProblem.problem.unmatched}
            />
          </Form.Item>
        )}
        <FormActions
          submitting={create.isPending}
          onCancel={onClose}
          submitLabel={t('support.newTicket.submit')}
        />
      </Form>
    </Modal>
  );
}
