import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../shared/forms/FormActions';
import { useEditBase } from '../../shared/forms/use-edit-base';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { OrgUnitTreeSelect } from '../org-units/OrgUnitTreeSelect';
import { ContactFields } from './ContactFields';
import { isStaleVersion, useUpdateUser } from './use-user-mutations';
import { formValuesOf, userChangesBetween, type UserFormValues } from './user-changes';
import { userQuery, type User } from './users.api';

const FIELDS = ['displayName', 'email', 'phone', 'orgUnitId'];

interface EditUserFormProps {
  user: User;
  onCancel(): void;
}

/** Name, contact and org unit of an account, saved with If-Match; a 412 reloads the form with the new version. */
export function EditUserForm({ user, onCancel }: EditUserFormProps) {
  const edit = useEditBase(user);
  const [changedByOthers, setChangedByOthers] = useState(false);
  return (
    // Each version gets a fresh form, filled from it.
    <EditUserFormAt
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

interface EditUserFormAtProps {
  base: User;
  changedByOthers: boolean;
  onEdited(): void;
  /** Continue from another version: the one just saved, or someone else's after a 412. */
  onRestart(record: User, changedByOthers: boolean): void;
  onCancel(): void;
}

function EditUserFormAt({ base, changedByOthers, onEdited, onRestart, onCancel }: EditUserFormAtProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<UserFormValues>();
  const update = useUpdateUser();
  const formProblem = useFormProblem(form, FIELDS);

  const submit = async (values: UserFormValues) => {
    formProblem.clear();
    const changes = userChangesBetween(base, values);
    if (!changes) {
      void message.info(t('users.form.unchanged'));
      return;
    }
    try {
      const saved = await update.mutateAsync({ user: base, changes });
      void message.success(t('users.form.saved', { name: saved.displayName }));
      onRestart(saved, false);
    } catch (error) {
      if (!isStaleVersion(error)) return formProblem.report(error);
      try {
        onRestart(await queryClient.fetchQuery({ ...userQuery(base.id), staleTime: 0 }), true);
      } catch (reloadError) {
        formProblem.report(reloadError);
      }
    }
  };

  return (
    <Form<UserFormValues>
      form={form}
      name="edit-user"
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
            title={t('users.form.staleTitle')}
            description={t('users.form.staleText')}
          />
        </Form.Item>
      )}
      <ContactFields autoFocusName />
      <Form.Item name="orgUnitId" label={t('users.form.orgUnit')} extra={t('users.form.orgUnitHint')}>
        <OrgUnitTreeSelect activeOnly allowClear placeholder={t('users.form.orgUnitPlaceholder')} />
      </Form.Item>
      {formProblem.problem && (
        <Form.Item>
          <ProblemAlert error={formProblem.problem.error} fieldErrors={formProblem.problem.unmatched} />
        </Form.Item>
      )}
      <FormActions submitting={update.isPending} onCancel={onCancel} />
    </Form>
  );
}
