import { startOfLocalDay, startOfNextLocalDay } from '../../shared/format/local-day';
import {
  DATE_PATTERN,
  intParam,
  matchingParam,
  textParam,
  UUID_PATTERN,
  type UrlStateSpec,
} from '../../shared/url-state/url-state';
import type { AuditEventQuery } from './audit.api';

/** What the audit log shows, as kept in the URL (`?entityType=user_account&actorId=…&from=2026-11-01&to=…`). */
export interface AuditListState {
  entityType: string | undefined;
  entityId: string;
  actorId: string | undefined;
  /** First day shown, `YYYY-MM-DD` in the user's time zone. */
  from: string | undefined;
  /** Last day shown (included). */
  to: string | undefined;
  limit: number;
}

export const auditListSpec: UrlStateSpec<AuditListState> = {
  // The API's rule for a table name.
  entityType: matchingParam(/^[a-z][a-z0-9_]{0,59}$/),
  entityId: textParam(64),
  actorId: matchingParam(UUID_PATTERN),
  from: matchingParam(DATE_PATTERN),
  to: matchingParam(DATE_PATTERN),
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};

export const AUDIT_FILTERS = [
  'entityType',
  'entityId',
  'actorId',
  'from',
  'to',
] as const satisfies ReadonlyArray<keyof AuditListState>;

export const NO_AUDIT_FILTERS: Pick<AuditListState, (typeof AUDIT_FILTERS)[number]> = {
  entityType: undefined,
  entityId: '',
  actorId: undefined,
  from: undefined,
  to: undefined,
};

/** The record types the console names; others still show, by their table name. */
export const KNOWN_ENTITY_TYPES = [
  'org_unit',
  'user_account',
  'api_key',
  'webhook_subscription',
  'approval_request',
] as const;

/**
 * The API query for one page. Days become instants in the user's time zone; the API's `to` is exclusive, so the
 * last day is included by asking up to the start of the day after it.
 */
export function toAuditQuery(state: AuditListState, cursor: string | undefined): AuditEventQuery {
  return {
    entityType: state.entityType,
    entityId: state.entityId || undefined,
    actorId: state.actorId,
    from: state.from ? startOfLocalDay(state.from).toISOString() : undefined,
    to: state.to ? startOfNextLocalDay(state.to).toISOString() : undefined,
    limit: state.limit,
    cursor,
    count: cursor === undefined ? true : undefined,
  };
}
