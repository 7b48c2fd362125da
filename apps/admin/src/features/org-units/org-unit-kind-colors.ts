import type { OrgUnitKind } from './org-units.api';

/** One colour per kind, the same in the table and the tree. */
export const KIND_COLORS: Record<OrgUnitKind, string> = {
  company: 'gold',
  department: 'blue',
  team: 'cyan',
  province: 'purple',
  region: 'magenta',
  city: 'green',
};
