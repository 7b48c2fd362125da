import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrgUnitTreeSelect } from '../org-units/OrgUnitTreeSelect';
import { useRoleNames } from '../roles/use-role-names';
import { newRoleRow, repeatedRows, WHOLE_COMPANY_SCOPE, type RoleRow } from './role-assignments';

/**
 * The `roles` field of a form: any number of lines, each a role and its scope (the whole company, or an org unit
 * and everything under it). role-assignments.ts turns the lines into what the API takes.
 */
export function RolesEditor() {
  const { t } = useTranslation();
  const { options } = useRoleNames();
  return (
    <Form.List
      name="roles"
      rules={[
        {
          validator: async (_, rows: RoleRow[] | undefined) => {
            if (repeatedRows(rows ?? []).length > 0) throw new Error(t('users.roles.duplicate'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap="small">
          {fields.length === 0 && <Typography.Text type="secondary">{t('users.roles.none')}</Typography.Text>}
          {fields.map((field) => (
            <Flex key={field.key} gap="small" align="start">
              <Form.Item
                name={[field.name, 'role']}
                rules={[{ required: true, message: t('users.roles.roleRequired') }]}
                style={{ flex: 1, marginBottom: 0 }}
              >
                <Select
                  aria-label={t('users.roles.role')}
                  placeholder={t('users.roles.rolePlaceholder')}
                  options={options}
                  showSearch={{ optionFilterProp: 'label' }}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'scope']} style={{ flex: 1, marginBottom: 0 }}>
                <OrgUnitTreeSelect
                  aria-label={t('users.roles.scope')}
                  wholeCompanyValue={WHOLE_COMPANY_SCOPE}
                  activeOnly
                />
              </Form.Item>
              <Button
                icon={<DeleteOutlined />}
                aria-label={t('users.roles.remove')}
                title={t('users.roles.remove')}
                onClick={() => remove(field.name)}
              />
            </Flex>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(newRoleRow())}>
            {t('users.roles.add')}
          </Button>
          <Typography.Text type="secondary">{t('users.roles.scopeHint')}</Typography.Text>
        </Flex>
      )}
    </Form.List>
  );
}
