import { useQuery } from '@tanstack/react-query';
import { Checkbox, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { permissionsQuery } from '../roles/roles.api';
import { actionOf, groupByResource } from './permission-groups';

interface PermissionPickerProps {
  // Injected by Form.Item:
  id?: string;
  value?: string[];
  onChange?(value: string[]): void;
}

/** Every permission the API knows (GET /permissions), a line per resource: "用户  ☐查看 ☐修改". */
export function PermissionPicker({ id, value, onChange }: PermissionPickerProps) {
  const { t, i18n } = useTranslation();
  const grants = useQuery(permissionsQuery());
  if (grants.isPending) return <Spin size="small" />;
  if (grants.isError) return <ProblemAlert error={grants.error} onRetry={() => void grants.refetch()} />;

  // Permissions of modules the console does not know yet still show, by their code.
  const resourceLabel = (resource: string) =>
    i18n.exists(`permissions.resources.${resource}`)
      ? t(`permissions.resources.${resource as 'users'}`)
      : resource;
  const actionLabel = (action: string) =>
    i18n.exists(`permissions.actions.${action}`) ? t(`permissions.actions.${action as 'read'}`) : action;

  return (
    <Checkbox.Group
      value={value}
      onChange={(checked) => onChange?.(checked as string[])}
      style={{ display: 'block' }}
    >
      <Flex vertical gap={6} id={id}>
        {groupByResource(grants.data).map((group) => (
          <Flex
            key={group.resource}
            role="group"
            aria-label={resourceLabel(group.resource)}
            align="center"
            gap="small"
          >
            <Typography.Text style={{ width: 140, flex: 'none' }}>
              {resourceLabel(group.resource)}
            </Typography.Text>
            {group.grants.map((grant) => (
              <Checkbox
                key={grant.permission}
                value={grant.permission}
                title={`${grant.permission}: ${grant.description}`}
              >
                {actionLabel(actionOf(grant.permission))}
              </Checkbox>
            ))}
          </Flex>
        ))}
      </Flex>
    </Checkbox.Group>
  );
}
