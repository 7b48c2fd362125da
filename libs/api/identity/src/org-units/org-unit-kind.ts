/**
 * The one tree of the company: the company at the root, departments and their teams, and the sales
 * territories province → region → city (DOMAIN.md). Each kind may only sit under certain kinds.
 */
export const ORG_UNIT_KINDS = ['company', 'department', 'team', 'province', 'region', 'city'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

const ALLOWED_PARENTS: Record<OrgUnitKind, readonly OrgUnitKind[]> = {
  company: [],
  department: ['company'],
  team: ['department', 'team'],
  province: ['company'],
  region: ['province'],
  city: ['region'],
};

export function allowedParentKinds(kind: OrgUnitKind): readonly OrgUnitKind[] {
  return ALLOWED_PARENTS[kind];
}

/** Why a unit of `kind` cannot sit under `parentKind` (undefined when it can). */
export function parentRuleViolation(
  kind: OrgUnitKind,
  parentKind: OrgUnitKind | undefined,
): string | undefined {
  const allowed = ALLOWED_PARENTS[kind];
  if (parentKind === undefined) {
    return allowed.length === 0 ? undefined : `a ${kind} needs a parent (${allowed.join(' or ')})`;
  }
  if (allowed.length === 0) return `a ${kind} is the root of the tree and has no parent`;
  return allowed.includes(parentKind)
    ? undefined
    : `a ${kind} must sit under a ${allowed.join(' or ')}, not a ${parentKind}`;
}
