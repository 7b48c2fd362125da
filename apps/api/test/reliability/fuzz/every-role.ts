import { ROLE_CODES } from '@zhanggui/api-identity';
import { signInAsAdmin, SignedInUser, userWithRoles } from '@zhanggui/api-identity/testing';
import type { TestApp } from '@zhanggui/api-platform/testing';

/** A user holding every role company-wide: the first administrator alone holds only the system roles. */
export async function everyRole(t: TestApp): Promise<SignedInUser> {
  const first = await signInAsAdmin(t);
  return userWithRoles(
    t,
    first,
    ROLE_CODES.map((role) => ({ role })),
  );
}
