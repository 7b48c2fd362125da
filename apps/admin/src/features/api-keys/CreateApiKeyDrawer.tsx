import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DatePicker, Drawer, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import '../../shared/format/dayjs-locales';
import { endOfLocalDay } from '../../shared/format/local-day';
import { FormActions } from '../../shared/forms/FormActions';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { auditKeys } from '../audit-log/audit.api';
import { OrgUnitTreeSelect } from '../org-units/OrgUnitTreeSelect';
import { apiKeyKeys, createApiKey, type CreatedApiKey } from './api-keys.api';
import { PermissionPicker } from './PermissionPicker';

interface ApiKeyValues {
  name: string;
  permissions: string[];
  orgUnitId?: string;
  /** The key stops working at the end of that day (local time). */
  expiresOn?: Dayjs | null;
}

const FIELDS = ['name', 'permissions', 'orgUnitId', 'expiresAt'];

function CreateApiKeyForm({
  onCreated,
  onCancel,
}: {
  onCreated(key: CreatedApiKey): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ApiKeyValues>();
  const formProblem = useFormProblem(form, FIELDS);
  const create = useMutation({
    mutationFn: createApiKey,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: apiKeyKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: auditKeys.all }),
      ]),
  });
  const beforeToday = (day: Dayjs) => day.isBefore(dayjs(), 'day');

  const submit = async ({ name, permissions, orgUnitId, expiresOn }: ApiKeyValues) => {
    formProblem.clear();
    try {
      onCreated(
        await create.mutateAsync({
          name: name.trim(),
          permissions,
          orgUnitId: orgUnitId || undefined,
          expiresAt: expiresOn ? endOfLocalDay(expiresOn.format('YYYY-MM-DD')).toISOString() : undefined,
        }),
      );
    } catch (error) {
      formProblem.report(error);
    }
  };

  return (
    <Form<ApiKeyValues>
      form={form}
      name="create-api-key"
      layout="vertical"
      initialValues={{ permissions: [] }}
      onFinish={submit}
    >
      <Form.Item
        name="name"
        label={t('apiKeys.form.name')}
        extra={t('apiKeys.form.nameHint')}
        rules={[
          { required: true, whitespace: true, message: t('apiKeys.form.nameRequired') },
          { max: 100, message: t('orgUnits.form.nameTooLong') },
        ]}
      >
        <Input autoComplete="off" autoFocus maxLength={100} />
      </Form.Item>
      <Form.Item
        name="permissions"
        label={t('apiKeys.form.permissions')}
        rules={[{ required: true, type: 'array', min: 1, message: t('apiKeys.form.permissionsRequired') }]}
      >
        <PermissionPicker />
      </Form.Item>
      <Form.Item name="orgUnitId" label={t('apiKeys.form.scope')} extra={t('apiKeys.form.scopeHint')}>
        <OrgUnitTreeSelect activeOnly allowClear placeholder={t('common.wholeCompany')} />
      </Form.Item>
      <Form.Item
        name="expiresOn"
        label={t('apiKeys.form.expiresOn')}
        extra={t('apiKeys.form.expiresOnHint')}
        rules={[
          {
            validator: async (_, value?: Dayjs | null) => {
              if (value && beforeToday(value)) throw new Error(t('apiKeys.form.expiresInPast'));
            },
          },
        ]}
      >
        {/* Typed as YYYY-MM-DD or picked; days before today cannot be picked. */}
        <DatePicker disabledDate={beforeToday} style={{ width: 200 }} />
      </Form.Item>
      {formProblem.problem && (
        <Form.Item>
          <ProblemAlert error={formProblem.problem.error} fieldErrors={formProblem.problem.unmatched} />
        </Form.Item>
      )}
      <FormActions submitting={create.isPending} onCancel={onCancel} submitLabel={t('apiKeys.form.submit')} />
    </Form>
  );
}

interface CreateApiKeyDrawerProps {
  open: boolean;
  onClose(): void;
  onCreated(key: CreatedApiKey): void;
}

export function CreateApiKeyDrawer({ open, onClose, onCreated }: CreateApiKeyDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer open={open} onClose={onClose} destroyOnHidden size={560} title={t('apiKeys.form.createTitle')}>
      <CreateApiKeyForm onCreated={onCreated} onCancel={onClose} />
    </Drawer>
  );
}
