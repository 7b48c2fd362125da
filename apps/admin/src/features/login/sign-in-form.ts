import type { Credentials } from '../../auth/auth.api';

export type CredentialField = keyof Credentials;
/** Which fields still need filling in, as the translation keys of what to tell the user. */
export type CredentialErrors = Partial<
  Record<CredentialField, 'login.usernameRequired' | 'login.passwordRequired'>
>;

/** A username of spaces only is missing too; a password is taken as typed (spaces may be part of it). */
export function fieldError(field: CredentialField, value: string): CredentialErrors[CredentialField] {
  if (field === 'username') return value.trim() === '' ? 'login.usernameRequired' : undefined;
  return value === '' ? 'login.passwordRequired' : undefined;
}

export function credentialErrors(credentials: Credentials): CredentialErrors {
  const errors: CredentialErrors = {};
  for (const field of ['username', 'password'] as const) {
    const error = fieldError(field, credentials[field]);
    if (error) errors[field] = error;
  }
  return errors;
}
