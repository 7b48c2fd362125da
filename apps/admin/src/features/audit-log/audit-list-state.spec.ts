import { describe, expect, it } from 'vitest';
import { startOfLocalDay, startOfNextLocalDay } from '../../shared/format/local-day';
import { readUrlState } from '../../shared/url-state/url-state';
import { auditListSpec, toAuditQuery } from './audit-list-state';

const read = (query: string) => readUrlState(auditListSpec, new URLSearchParams(query));

describe('the audit log list state', () => {
  it('reads the filters from the URL and ignores malformed ones', () => {
    expect(read('entityType=user_account&actorId=not-an-id&from=2026-11-01&to=yesterday')).toEqual({
      entityType: 'user_account',
      entityId: '',
      actorId: undefined,
      from: '2026-11-01',
      to: undefined,
      limit: 50,
    });
  });

  it('asks the API for whole days: from the first day’s start to the start of the day after the last', () => {
    const query = toAuditQuery(read('from=2026-11-01&to=2026-11-27'), undefined);
    expect(query.from).toBe(startOfLocalDay('2026-11-01').toISOString());
    expect(query.to).toBe(startOfNextLocalDay('2026-11-27').toISOString());
  });

  it('asks for the total on the first page only, and leaves empty filters out', () => {
    expect(toAuditQuery(read(''), undefined)).toEqual({ limit: 50, count: true });
    expect(toAuditQuery(read('entityId=abc'), 'cursor-2')).toEqual({
      entityId: 'abc',
      limit: 50,
      cursor: 'cursor-2',
    });
  });
});
