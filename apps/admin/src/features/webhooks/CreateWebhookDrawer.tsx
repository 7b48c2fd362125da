import { Drawer, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../shared/forms/FormActions';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { useCreateWebhook } from './use-webhook-mutations';
import type { WebhookFormValues } from './webhook-form';
import { WebhookFields } from './WebhookFields';
import type { CreatedWebhookSubscription } from './webhooks.api';

const FIELDS = ['name', 'url', 'eventTypes'];

function CreateWebhookForm({
  onCreated,
  onCancel,
}: {
  onCreated(subscription: CreatedWebhookSubscription): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<WebhookFormValues>();
  const formProblem = useFormProblem(form, FIELDS);
  const create = useCreateWebhook();

  const submit = async ({ name, url, eventTypes }: WebhookFormValues) => {
    formProblem.clear();
    try {
      onCreated(await create.mutateAsync({ name: name.trim(), url: url.trim(), eventTypes }));
    } catch (error) {
      // A refused address (private, local, unresolvable: WEBHOOK_URL_REFUSED) lands under the URL field.
      formProblem.report(error);
    }
  };

  return (
    <Form<WebhookFormValues>
      form={form}
      name="create-webhook"
      layout="vertical"
      initialValues={{ eventTypes: [] }}
      onFinish={submit}
    >
      <WebhookFields autoFocusName />
      {formProblem.problem && (
        <Form.Item>
          <ProblemAlert error={formProblem.problem.error} fieldErrors={formProblem.problem.unmatched} />
        </Form.Item>
      )}
      <FormActions
        submitting={create.isPending}
        onCancel={onCancel}
        submitLabel={t('webhooks.form.submit')}
      />
    </Form>
  );
}

interface CreateWebhookDrawerProps {
  open: boolean;
  onClose(): void;
  onCreated(subscription: CreatedWebhookSubscription): void;
}

export function CreateWebhookDrawer({ open, onClose, onCreated }: CreateWebhookDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer open={open} onClose={onClose} destroyOnHidden size={560} title={t('webhooks.form.createTitle')}>
      <CreateWebhookForm onCreated={onCreated} onCancel={onClose} />
    </Drawer>
  );
}
