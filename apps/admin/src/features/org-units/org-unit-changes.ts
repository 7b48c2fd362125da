import type { OrgUnit, OrgUnitChanges } from './org-units.api';

export interface OrgUnitFormValues {
  code: string;
  name: string;
  parentId?: string;
}

export function formValuesOf(unit: OrgUnit): OrgUnitFormValues {
  return { code: unit.code, name: unit.name, parentId: unit.parentId ?? undefined };
}

/**
 * Only what the user actually changed, compared the way the API stores it (codes upper-cased, names trimmed),
 * so an untouched field never overwrites someone else's edit. Undefined when nothing changed.
 */
export function changesBetween(unit: OrgUnit, values: OrgUnitFormValues): OrgUnitChanges | undefined {
  const changes: OrgUnitChanges = {};
  const code = values.code.trim().toUpperCase();
  const name = values.name.trim();
  if (code !== unit.code) changes.code = code;
  if (name !== unit.name) changes.name = name;
  if (values.parentId && values.parentId !== unit.parentId) changes.parentId = values.parentId;
  return Object.keys(changes).length > 0 ? changes : undefined;
}
