import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import { ApiProblemResponses } from '../openapi/api-problem-responses';

export const ACCESS_RULE = 'zhanggui:access';

/** How a route is guarded. Every route declares one; a route without is refused (deny by default). */
export type AccessRule =
  { kind: 'public' } | { kind: 'signed-in' } | { kind: 'permission'; permissions: string[] };

/**
 * The caller needs this `resource:action` permission (e.g. `org-units:write`) — or any one of several —
 * through one of its roles or its API key. Documented in OpenAPI as `x-required-permission`.
 */
export function RequirePermission(...permissions: [string, ...string[]]) {
  for (const permission of permissions) {
    if (!/^[a-z][a-z-]*:[a-z][a-z-]*$/.test(permission)) {
      throw new Error(`Permission "${permission}" is not of the form resource:action`);
    }
  }
  return applyDecorators(
    SetMetadata(ACCESS_RULE, { kind: 'permission', permissions } satisfies AccessRule),
    ApiBearerAuth(),
    ApiExtension('x-required-permission', permissions.join(' | ')),
    ApiProblemResponses(401, 403),
  );
}

/** Any signed-in person or API key (their own profile, signing out). */
export function SignedIn() {
  return applyDecorators(
    SetMetadata(ACCESS_RULE, { kind: 'signed-in' } satisfies AccessRule),
    ApiBearerAuth(),
    ApiExtension('x-required-permission', 'signed-in'),
    ApiProblemResponses(401),
  );
}

/** No authentication (sign-in itself, health checks). */
export function Public() {
  return applyDecorators(
    SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule),
    ApiExtension('x-required-permission', 'public'),
  );
}
