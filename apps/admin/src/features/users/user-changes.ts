import { normalizedContact, type ContactValues } from './ContactFields';
import type { User, UserChanges } from './users.api';

export interface UserFormValues extends ContactValues {
  orgUnitId?: string | null;
}

export function formValuesOf(user: User): UserFormValues {
  return {
    displayName: user.displayName,
    email: user.email ?? '',
    phone: user.phone ?? '',
    orgUnitId: user.orgUnitId ?? undefined,
  };
}

/**
 * Only what the user actually changed, compared as the API stores it (trimmed; an emptied field is null), so an
 * untouched field never overwrites someone else's edit. Undefined when nothing changed.
 */
export function userChangesBetween(user: User, values: UserFormValues): UserChanges | undefined {
  const contact = normalizedContact(values);
  const orgUnitId = values.orgUnitId || null;
  const changes: UserChanges = {};
  if (contact.displayName !== user.displayName) changes.displayName = contact.displayName;
  if (contact.email !== user.email) changes.email = contact.email;
  if (contact.phone !== user.phone) changes.phone = contact.phone;
  if (orgUnitId !== user.orgUnitId) changes.orgUnitId = orgUnitId;
  return Object.keys(changes).length > 0 ? changes : undefined;
}
