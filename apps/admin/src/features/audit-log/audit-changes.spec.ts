import { describe, expect, it } from 'vitest';
import { changeLines, formatAuditValue, isTimestampField, parseRecordedRole } from './audit-changes';

describe('changeLines', () => {
  it('shows an update as from → to, field by field', () => {
    expect(
      changeLines({ name: { from: '广州', to: '广州市' }, status: { from: 'active', to: 'archived' } }),
    ).toEqual([
      { field: 'name', kind: 'changed', from: '广州', to: '广州市' },
      { field: 'status', kind: 'changed', from: 'active', to: 'archived' },
    ]);
  });

  it('never shows a redacted value, only that it changed', () => {
    expect(changeLines({ passwordHash: { redacted: true } })).toEqual([
      { field: 'passwordHash', kind: 'redacted' },
    ]);
  });

  it('shows what a new record was created with, leaving out its empty fields and its id', () => {
    expect(
      changeLines({
        id: { to: '0190a0b0-0000-7000-8000-000000000001' },
        username: { to: 'gz.manager' },
        email: { to: null },
        roles: { to: [] },
      }),
    ).toEqual([{ field: 'username', kind: 'set', to: 'gz.manager' }]);
  });

  it('shows what a deleted record held', () => {
    expect(changeLines({ name: { from: '佛山市' } })).toEqual([
      { field: 'name', kind: 'removed', from: '佛山市' },
    ]);
  });

  it('keeps a change to or from nothing', () => {
    expect(changeLines({ email: { from: null, to: 'li@example.com' } })).toEqual([
      { field: 'email', kind: 'changed', from: null, to: 'li@example.com' },
    ]);
  });

  it('ignores entries it cannot read, and a missing change set', () => {
    expect(changeLines({ odd: 'text', nothing: null })).toEqual([]);
    expect(changeLines(null)).toEqual([]);
  });
});

describe('formatAuditValue', () => {
  it('writes lists, numbers and objects as text, and empty values as nothing', () => {
    expect(formatAuditValue(['org-units:read', 'users:read'])).toBe('org-units:read, users:read');
    expect(formatAuditValue(3)).toBe('3');
    expect(formatAuditValue(false)).toBe('false');
    expect(formatAuditValue({ a: 1 })).toBe('{"a":1}');
    expect(formatAuditValue(null)).toBe('');
  });
});

describe('parseRecordedRole', () => {
  it('reads a scoped role and a company-wide one', () => {
    expect(parseRecordedRole('city-manager@0190a0b0-0000-7000-8000-000000000001')).toEqual({
      role: 'city-manager',
      orgUnitId: '0190a0b0-0000-7000-8000-000000000001',
    });
    expect(parseRecordedRole('auditor')).toEqual({ role: 'auditor', orgUnitId: null });
  });
});

describe('isTimestampField', () => {
  it('recognises recorded instants', () => {
    expect(isTimestampField('lastSignedInAt', '2026-11-27T22:33:56.231Z')).toBe(true);
    expect(isTimestampField('lastSignedInAt', null)).toBe(false);
    expect(isTimestampField('name', '2026-11-27T22:33:56.231Z')).toBe(false);
  });
});
