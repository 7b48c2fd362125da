import type { OrgUnitKind, OrgUnitSort, OrgUnitStatus } from './org-units.api';

/**
 * Which kinds each kind may sit under. The console may not import server code, so this mirrors the API's rule
 * (libs/api/identity, org-unit-kind.ts) only to offer sensible parents; the API stays the authority and
 * answers 422 ORG_UNIT_PARENT_INVALID to anything else. Typed as a Record so a new kind in the schema fails
 * the type check here until it is placed.
 */
const ALLOWED_PARENT_KINDS: Record<OrgUnitKind, readonly OrgUnitKind[]> = {
  company: [],
  department: ['company'],
  team: ['department', 'team'],
  province: ['company'],
  region: ['province'],
  city: ['region'],
};

const STATUSES: Record<OrgUnitStatus, true> = { active: true, archived: true };

const SORTS: Record<OrgUnitSort, true> = {
  code: true,
  '-code': true,
  name: true,
  '-name': true,
  createdAt: true,
  '-createdAt': true,
};

export const ORG_UNIT_KINDS = Object.keys(ALLOWED_PARENT_KINDS) as OrgUnitKind[];
export const ORG_UNIT_STATUSES = Object.keys(STATUSES) as OrgUnitStatus[];
export const ORG_UNIT_SORTS = Object.keys(SORTS) as OrgUnitSort[];

export function allowedParentKinds(kind: OrgUnitKind): readonly OrgUnitKind[] {
  return ALLOWED_PARENT_KINDS[kind];
}
