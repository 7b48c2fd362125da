import { useMutation } from '@tanstack/react-query';
import { Alert, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeMyPassword, type PasswordChange } from '../../auth/auth.api';
import { FormActions } from '../../shared/forms/FormActions';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { PASSWORD_MIN_LENGTH } from '../users/password-rules';

interface PasswordValues extends PasswordChange {
  confirmPassword: string;
}

const FIELDS = ['currentPassword', 'newPassword'];

/**
 * Changes the user's own password. The API then signs out every session, this one included, so success ends
 * the session here and the user is sent to sign in with the new password.
 */
export function ChangePasswordForm({ onCancel }: { onCancel(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PasswordValues>();
  const formProblem = useFormProblem(form, FIELDS);
  const change = useMutation({ mutationFn: changeMyPassword });

  const submit = async ({ currentPassword, newPassword }: PasswordValues) => {
    formProblem.clear();
    try {
      await change.mutateAsync({ currentPassword, newPassword });
    } catch (error) {
      formProblem.report(error);
    }
  };

  return (
    <Form<PasswordValues> form={form} name="change-password" layout="vertical" onFinish={submit}>
      <Form.Item>
        <Alert type="info" showIcon title={t('account.passwordChangeNotice')} />
      </Form.Item>
      <Form.Item
        name="currentPassword"
        label={t('account.currentPassword')}
        rules={[{ required: true, message: t('account.currentPasswordRequired') }]}
      >
        <Input.Password autoComplete="current-password" autoFocus />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('account.newPassword')}
        extra={t('account.newPasswordHint')}
        rules={[
          { required: true, message: t('account.newPasswordRequired') },
          { min: PASSWORD_MIN_LENGTH, message: t('account.passwordTooShort') },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('account.confirmPassword')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('account.newPasswordRequired') },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('account.confirmPasswordMismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      {formProblem.problem && (
        <Form.Item>
          <ProblemAlert error={formProblem.problem.error} fieldErrors={formProblem.problem.unmatched} />
        </Form.Item>
      )}
      <FormActions submitting={change.isPending} onCancel={onCancel} />
    </Form>
  );
}
