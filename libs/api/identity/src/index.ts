export { IdentityModule } from './identity.module';
export { OrgUnitsService } from './org-units/org-units.service';
export type { OrgUnitKind } from './org-units/org-unit-kind';
export { identityMigrations } from './migrations';
