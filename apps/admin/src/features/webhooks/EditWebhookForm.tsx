import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../shared/forms/FormActions';
import { useEditBase } from '../../shared/forms/use-edit-base';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { isStaleVersion, useUpdateWebhook } from './use-webhook-mutations';
import { formValuesOf, webhookChangesBetween, type WebhookFormValues } from './webhook-form';
import { WebhookFields } from './WebhookFields';
import { webhookQuery, type WebhookSubscription } from './webhooks.api';

const FIELDS = ['name', 'url', 'eventTypes'];

interface EditWebhookFormProps {
  subscription: WebhookSubscription;
  onCancel(): void;
}

/** Name, URL and event types, saved with If-Match; a 412 reloads the form with the new version. */
export function EditWebhookForm({ subscription, onCancel }: EditWebhookFormProps) {
  const edit = useEditBase(subscription);
  const [changedByOthers, setChangedByOthers] = useState(false);
  return (
    // Each version gets a fresh form, filled from it.
    <EditWebhookFormAt
      key={edit.base.version}
      base={edit.base}
      changedByOthers={changedByOthers}
      onEdited={edit.markEdited}
      onRestart={(record, byOthers) => {
        setChangedByOthers(byOthers);
        edit.restartFrom(record);
      }}
      onCancel={onCancel}
    />
  );
}

interface EditWebhookFormAtProps {
  base: WebhookSubscription;
  changedByOthers: boolean;
  onEdited(): void;
  /** Continue from another version: the one just saved, or someone else's after a 412. */
  onRestart(record: WebhookSubscription, changedByOthers: boolean): void;
  onCancel(): void;
}

function EditWebhookFormAt({ base, changedByOthers, onEdited, onRestart, onCancel }: EditWebhookFormAtProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<WebhookFormValues>();
  const update = useUpdateWebhook();
  const formProblem = useFormProblem(form, FIELDS);

  const submit = async (values: WebhookFormValues) => {
    formProblem.clear();
    const changes = webhookChangesBetween(base, values);
    if (!changes) {
      void message.info(t('webhooks.form.unchanged'));
      return;
    }
    try {
      const saved = await update.mutateAsync({ subscription: base, changes });
      void message.success(t('webhooks.form.saved', { name: saved.name }));
      onRestart(saved, false);
    } catch (error) {
      if (!isStaleVersion(error)) return formProblem.report(error);
      try {
        onRestart(await queryClient.fetchQuery({ ...webhookQuery(base.id), staleTime: 0 }), true);
      } catch (reloadError) {
        formProblem.report(reloadError);
      }
    }
  };

  return (
    <Form<WebhookFormValues>
      form={form}
      name="edit-webhook"
      layout="vertical"
      initialValues={formValuesOf(base)}
      onValuesChange={onEdited}
      onFinish={submit}
    >
      {changedByOthers && (
        <Form.Item>
          <Alert
            type="warning"
            showIcon
            role="alert"
            title={t('webhooks.form.staleTitle')}
            description={t('webhooks.form.staleText')}
          />
        </Form.Item>
      )}
      <WebhookFields />
      {formProblem.problem && (
        <Form.Item>
          <ProblemAlert error={formProblem.problem.error} fieldErrors={formProblem.problem.unmatched} />
        </Form.Item>
      )}
      <FormActions submitting={update.isPending} onCancel={onCancel} />
    </Form>
  );
}
