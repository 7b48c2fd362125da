import { Alert, App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../shared/forms/FormActions';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { PasswordField } from './PasswordField';
import { useResetUserPassword } from './use-user-mutations';
import type { User } from './users.api';

const FIELDS = ['password'];

/** An administrator sets a new password for someone who lost theirs; it signs them out everywhere. */
export function ResetPasswordForm({ user, onDone }: { user: User; onDone(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const reset = useResetUserPassword();
  const formProblem = useFormProblem(form, FIELDS);

  const submit = async ({ password }: { password: string }) => {
    formProblem.clear();
    try {
      await reset.mutateAsync({ id: user.id, password });
      void message.success(t('users.password.done', { name: user.displayName }));
      form.resetFields();
    } catch (error) {
      formProblem.report(error);
    }
  };

  return (
    <Form<{ password: string }> form={form} name="reset-password" layout="vertical" onFinish={submit}>
      <Form.Item>
        <Alert type="info" showIcon title={t('users.password.notice')} />
      </Form.Item>
      <PasswordField
        form={form}
        name="password"
        label={t('users.password.newPassword')}
        hint={t('account.newPasswordHint')}
      />
      {formProblem.problem && (
        <Form.Item>
          <ProblemAlert error={formProblem.problem.error} fieldErrors={formProblem.problem.unmatched} />
        </Form.Item>
      )}
      <FormActions submitting={reset.isPending} onCancel={onDone} submitLabel={t('users.password.reset')} />
    </Form>
  );
}
