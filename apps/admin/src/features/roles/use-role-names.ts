import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_CODES, rolesQuery, type RoleCode } from './roles.api';

export interface RoleNames {
  /** Every role with its name in the console's language, in the API's order. */
  options: Array<{ value: RoleCode; label: string }>;
  nameOf(code: string): string;
}

/**
 * Role names as the API gives them (GET /roles, in Chinese and English; anyone signed in may read it, since
 * approval chains name roles to everyone). Until it answers, or if it fails, the codes stand in (city-manager).
 */
export function useRoleNames(): RoleNames {
  const { i18n } = useTranslation();
  const roles = useQuery(rolesQuery());
  const english = i18n.language === 'en';
  const names = useMemo(
    () => new Map((roles.data ?? []).map((role) => [role.code, english ? role.name.en : role.name.zh])),
    [roles.data, english],
  );
  const nameOf = useCallback((code: string) => names.get(code as RoleCode) ?? code, [names]);
  const options = useMemo(
    () =>
      (roles.data?.map((role) => role.code) ?? ROLE_CODES).map((code) => ({
        value: code,
        label: nameOf(code),
      })),
    [roles.data, nameOf],
  );
  return { options, nameOf };
}
