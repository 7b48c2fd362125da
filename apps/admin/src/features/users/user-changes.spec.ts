import { describe, expect, it } from 'vitest';
import { formValuesOf, userChangesBetween } from './user-changes';
import type { User } from './users.api';

const liLei: User = {
  id: '0190a0b0-0000-7000-8000-000000000010',
  username: 'li.lei',
  displayName: '李雷',
  email: null,
  phone: '13800138000',
  status: 'active',
  orgUnitId: '0190a0b0-0000-7000-8000-000000000001',
  employeeId: null,
  roles: [],
  lastSignedInAt: null,
  version: 2,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('userChangesBetween', () => {
  it('finds nothing when the form still holds the account', () => {
    expect(userChangesBetween(liLei, formValuesOf(liLei))).toBeUndefined();
  });

  it('sends only what changed, trimmed', () => {
    expect(
      userChangesBetween(liLei, { ...formValuesOf(liLei), displayName: ' 李雷雷 ', email: 'li@example.com' }),
    ).toEqual({
      displayName: '李雷雷',
      email: 'li@example.com',
    });
  });

  it('clears a field the user emptied, and the org unit when it is removed', () => {
    expect(userChangesBetween(liLei, { ...formValuesOf(liLei), phone: '  ', orgUnitId: undefined })).toEqual({
      phone: null,
      orgUnitId: null,
    });
  });
});
