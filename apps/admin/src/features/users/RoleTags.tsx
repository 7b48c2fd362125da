import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrgUnitName } from '../org-units/OrgUnitName';
import { useRoleNames } from '../roles/use-role-names';
import type { RoleAssignment } from './users.api';

/** A user's roles, each with its scope: "城市经理 · 广州市"; a company-wide role by its name alone. */
export function RoleTags({ roles }: { roles: readonly RoleAssignment[] }) {
  const { t } = useTranslation();
  const { nameOf } = useRoleNames();
  if (roles.length === 0) return <Typography.Text type="secondary">{t('account.noRoles')}</Typography.Text>;
  return (
    <Flex gap={4} wrap>
      {roles.map(({ role, orgUnitId }) => (
        <Tag
          key={`${role}@${orgUnitId}`}
          color={orgUnitId ? 'geekblue' : 'blue'}
          style={{ marginInlineEnd: 0 }}
        >
          {nameOf(role)}
          {orgUnitId && (
            <>
              {' · '}
              <OrgUnitName id={orgUnitId} />
            </>
          )}
        </Tag>
      ))}
    </Flex>
  );
}
