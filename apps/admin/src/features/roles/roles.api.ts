import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';

export type Role = ApiSchemas['RoleResponse'];
export type RoleCode = Role['code'];
export type PermissionGrant = ApiSchemas['PermissionResponse'];

/**
 * Every role code, in the API's order, for until GET /roles has answered (or when it fails). A Record so that a
 * role added to the schema fails the type check here until it is listed.
 */
const ROLE_CODE_SET: Record<RoleCode, true> = {
  'general-manager': true,
  'sales-manager': true,
  'provincial-manager': true,
  'regional-manager': true,
  'city-manager': true,
  'product-manager': true,
  planner: true,
  editor: true,
  'customer-service-agent': true,
  'customer-service-lead': true,
  hr: true,
  finance: true,
  auditor: true,
  'system-administrator': true,
};
export const ROLE_CODES = Object.keys(ROLE_CODE_SET) as RoleCode[];

// Roles and permissions are declared in code on the server: they change with a release, not during a day.
const TEN_MINUTES = 10 * 60_000;

export function rolesQuery() {
  return queryOptions({
    queryKey: ['roles'] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/roles', { signal })),
    staleTime: TEN_MINUTES,
  });
}

export function permissionsQuery() {
  return queryOptions({
    queryKey: ['permissions'] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/permissions', { signal })),
    staleTime: TEN_MINUTES,
  });
}
