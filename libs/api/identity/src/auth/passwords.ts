import { hash, verify } from '@node-rs/argon2';
import { InvalidInputError } from '@zhanggui/api-platform';

/** argon2id with the library's defaults (m=19 MiB, t=2, p=1): OWASP's recommended minimum. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * Spent on sign-ins for unknown usernames, so answering "no such user" takes as long as "wrong password"
 * and response times do not reveal which usernames exist.
 */
let decoyHash: Promise<string> | undefined;
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= hash('decoy password that matches nothing');
  await verifyPassword(await decoyHash, password);
  return false;
}

export const PASSWORD_MIN_LENGTH = 12;

/** Length is what makes a password strong; we ask for 12 characters and refuse the obvious. */
export function assertAcceptablePassword(password: string, username: string, field = 'password'): void {
  const problem =
    password.length < PASSWORD_MIN_LENGTH
      ? `must be at least ${PASSWORD_MIN_LENGTH} characters long`
      : password.length > 256
        ? 'must be at most 256 characters long'
        : password.toLowerCase().includes(username.toLowerCase())
          ? 'must not contain the username'
          : new Set(password).size < 4
            ? 'is too repetitive'
            : undefined;
  if (problem)
    throw new InvalidInputError('WEAK_PASSWORD', `The password ${problem}.`, [{ field, message: problem }]);
}
