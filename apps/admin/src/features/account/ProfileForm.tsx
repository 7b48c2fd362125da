import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Descriptions, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { authKeys, updateMyProfile } from '../../auth/auth.api';
import { useCurrentUser } from '../../auth/use-session';
import { FormActions } from '../../shared/forms/FormActions';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { ContactFields, normalizedContact, type ContactValues } from '../users/ContactFields';
import { RoleTags } from '../users/RoleTags';

const FIELDS = ['displayName', 'email', 'phone'];

/** Name, email and phone of the signed-in user; their username and roles are shown, not theirs to change. */
export function ProfileForm({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ContactValues>();
  const formProblem = useFormProblem(form, FIELDS);
  const save = useMutation({
    mutationFn: updateMyProfile,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authKeys.me }),
  });

  const submit = async (values: ContactValues) => {
    formProblem.clear();
    try {
      await save.mutateAsync(normalizedContact(values));
      void message.success(t('account.profileSaved'));
      onDone();
    } catch (error) {
      formProblem.report(error);
    }
  };

  return (
    <>
      <Descriptions
        column={1}
        size="small"
        style={{ marginBottom: 24 }}
        items={[
          { key: 'username', label: t('account.username'), children: me.username },
          { key: 'roles', label: t('account.roles'), children: <RoleTags roles={me.roles} /> },
        ]}
      />
      <Form<ContactValues>
        form={form}
        name="my-profile"
        layout="vertical"
        initialValues={{ displayName: me.displayName, email: me.email ?? '', phone: me.phone ?? '' }}
        onFinish={submit}
      >
        <ContactFields autoFocusName />
        {formProblem.problem && (
          <Form.Item>
            <ProblemAlert error={formProblem.problem.error} fieldErrors={formProblem.problem.unmatched} />
          </Form.Item>
        )}
        <FormActions submitting={save.isPending} onCancel={onDone} />
      </Form>
    </>
  );
}
