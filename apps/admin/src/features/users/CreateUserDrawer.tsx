import { App, Drawer, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../shared/forms/FormActions';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { OrgUnitTreeSelect } from '../org-units/OrgUnitTreeSelect';
import { ContactFields, normalizedContact, type ContactValues } from './ContactFields';
import { PasswordField } from './PasswordField';
import { assignmentsFromRows, type RoleRow } from './role-assignments';
import { RolesEditor } from './RolesEditor';
import { useCreateUser } from './use-user-mutations';

interface CreateUserValues extends ContactValues {
  username: string;
  orgUnitId?: string;
  password: string;
  roles: RoleRow[];
}

// Not 'roles': its field errors (roles.0.orgUnitId) have no field of that name here, so the alert lists them.
const FIELDS = ['username', 'displayName', 'email', 'phone', 'orgUnitId', 'password'];
// The API's rule (user-fields.ts); it lower-cases before checking, and so does the field.
const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;

function CreateUserForm({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateUserValues>();
  const create = useCreateUser();
  const formProblem = useFormProblem(form, FIELDS);

  const submit = async (values: CreateUserValues) => {
    formProblem.clear();
    try {
      const user = await create.mutateAsync({
        username: values.username.trim(),
        ...normalizedContact(values),
        orgUnitId: values.orgUnitId || null,
        password: values.password,
        roles: assignmentsFromRows(values.roles ?? []),
      });
      void message.success(t('users.form.created', { name: user.displayName }));
      onDone();
    } catch (error) {
      formProblem.report(error);
    }
  };

  return (
    <Form<CreateUserValues>
      form={form}
      name="create-user"
      layout="vertical"
      initialValues={{ roles: [] }}
      onFinish={submit}
    >
      <Form.Item
        name="username"
        label={t('users.form.username')}
        extra={t('users.form.usernameHint')}
        normalize={(value: string) => value.toLowerCase()}
        rules={[
          { required: true, whitespace: true, message: t('users.form.usernameRequired') },
          { pattern: USERNAME_PATTERN, message: t('users.form.usernamePattern') },
        ]}
      >
        <Input autoComplete="off" spellCheck={false} autoFocus maxLength={64} />
      </Form.Item>
      <ContactFields />
      <Form.Item name="orgUnitId" label={t('users.form.orgUnit')} extra={t('users.form.orgUnitHint')}>
        <OrgUnitTreeSelect activeOnly allowClear placeholder={t('users.form.orgUnitPlaceholder')} />
      </Form.Item>
      <PasswordField
        form={form}
        name="password"
        label={t('users.form.password')}
        hint={t('users.form.passwordHint')}
      />
      <Form.Item label={t('users.form.roles')}>
        <RolesEditor />
      </Form.Item>
      {formProblem.problem && (
        <Form.Item>
          <ProblemAlert error={formProblem.problem.error} fieldErrors={formProblem.problem.unmatched} />
        </Form.Item>
      )}
      <FormActions submitting={create.isPending} onCancel={onDone} />
    </Form>
  );
}

/** A new account beside the list: Esc or the mask closes it; the form starts empty on every open. */
export function CreateUserDrawer({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Drawer open={open} onClose={onClose} destroyOnHidden size={640} title={t('users.form.createTitle')}>
      <CreateUserForm onDone={onClose} />
    </Drawer>
  );
}
