import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { invalidEventTypes } from './event-types';
import { EventTypeSelect } from './EventTypeSelect';
import { isHttpUrl } from './webhook-form';

/** Name, URL and event types: the fields a subscription is created and edited with. */
export function WebhookFields({ autoFocusName = false }: { autoFocusName?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="name"
        label={t('webhooks.form.name')}
        extra={t('webhooks.form.nameHint')}
        rules={[
          { required: true, whitespace: true, message: t('webhooks.form.nameRequired') },
          { max: 100, message: t('webhooks.form.nameTooLong') },
        ]}
      >
        <Input autoComplete="off" autoFocus={autoFocusName} maxLength={100} />
      </Form.Item>
      <Form.Item
        name="url"
        label={t('webhooks.form.url')}
        extra={t('webhooks.form.urlHint')}
        rules={[
          { required: true, whitespace: true, message: t('webhooks.form.urlRequired') },
          {
            validator: async (_, value?: string) => {
              if (value?.trim() && !isHttpUrl(value)) throw new Error(t('webhooks.form.urlInvalid'));
            },
          },
        ]}
      >
        <Input
          autoComplete="off"
          inputMode="url"
          spellCheck={false}
          maxLength={2000}
          placeholder="https://partner.example.com/hooks/zhanggui"
        />
      </Form.Item>
      <Form.Item
        name="eventTypes"
        label={t('webhooks.form.eventTypes')}
        extra={t('webhooks.form.eventTypesHint')}
        rules={[
          { required: true, type: 'array', min: 1, message: t('webhooks.form.eventTypesRequired') },
          {
            validator: async (_, value?: string[]) => {
              const invalid = invalidEventTypes(value ?? []);
              if (invalid.length > 0)
                throw new Error(t('webhooks.form.eventTypesInvalid', { types: invalid.join(', ') }));
            },
          },
        ]}
      >
        <EventTypeSelect />
      </Form.Item>
    </>
  );
}
