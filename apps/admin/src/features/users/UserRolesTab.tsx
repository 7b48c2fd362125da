import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { FormActions } from '../../shared/forms/FormActions';
import { useEditBase } from '../../shared/forms/use-edit-base';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { assignmentsFromRows, rowsFromAssignments, sameAssignments, type RoleRow } from './role-assignments';
import { RolesEditor } from './RolesEditor';
import { RoleTags } from './RoleTags';
import { isStaleVersion, useSetUserRoles } from './use-user-mutations';
import { userQuery, type User } from './users.api';

interface RolesTabProps {
  user: User;
  onDone(): void;
}

/** The user's roles: shown, or (for users:write) edited and saved as a whole with If-Match. */
export function UserRolesTab({ user, onDone }: RolesTabProps) {
  const can = usePermissions();
  const edit = useEditBase(user);
  const [changedByOthers, setChangedByOthers] = useState(false);
  if (!can('users:write')) return <RoleTags roles={user.roles} />;
  return (
    <UserRolesForm
      key={edit.base.version}
      base={edit.base}
      changedByOthers={changedByOthers}
      onEdited={edit.markEdited}
      onRestart={(record, byOthers) => {
        setChangedByOthers(byOthers);
        edit.restartFrom(record);
      }}
      onCancel={onDone}
    />
  );
}

interface UserRolesFormProps {
  base: User;
  changedByOthers: boolean;
  onEdited(): void;
  onRestart(record: User, changedByOthers: boolean): void;
  onCancel(): void;
}

function UserRolesForm({ base, changedByOthers, onEdited, onRestart, onCancel }: UserRolesFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ roles: RoleRow[] }>();
  const setRoles = useSetUserRoles();
  const [problem, setProblem] = useState<unknown>();

  const submit = async ({ roles }: { roles: RoleRow[] }) => {
    setProblem(undefined);
    const wanted = assignmentsFromRows(roles ?? []);
    if (sameAssignments(wanted, base.roles)) {
      void message.info(t('users.form.unchanged'));
      return;
    }
    try {
      const saved = await setRoles.mutateAsync({ user: base, roles: wanted });
      void message.success(t('users.roles.saved', { name: saved.displayName }));
      onRestart(saved, false);
    } catch (error) {
      if (!isStaleVersion(error)) return setProblem(error);
      try {
        onRestart(await queryClient.fetchQuery({ ...userQuery(base.id), staleTime: 0 }), true);
      } catch (reloadError) {
        setProblem(reloadError);
      }
    }
  };

  return (
    <Form<{ roles: RoleRow[] }>
      form={form}
      name="user-roles"
      layout="vertical"
      initialValues={{ roles: rowsFromAssignments(base.roles) }}
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
      <Form.Item>
        <RolesEditor />
      </Form.Item>
      {problem !== undefined && (
        <Form.Item>
          <ProblemAlert error={problem} />
        </Form.Item>
      )}
      <FormActions submitting={setRoles.isPending} onCancel={onCancel} />
    </Form>
  );
}
