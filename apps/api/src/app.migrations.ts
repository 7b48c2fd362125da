import { MigrationClass, platformMigrations } from '@zhanggui/api-platform';
import { approvalsMigrations } from '@zhanggui/api-approvals';
import { catalogMigrations } from '@zhanggui/api-catalog';
import { identityMigrations } from '@zhanggui/api-identity';
import { inventoryMigrations } from '@zhanggui/api-inventory';
import { ordersMigrations } from '@zhanggui/api-orders';
import { procurementMigrations } from '@zhanggui/api-procurement';

/** Every domain's migrations; TypeORM orders them by the timestamp in their names. */
export const allMigrations: MigrationClass[] = [
  ...platformMigrations,
  ...identityMigrations,
  ...approvalsMigrations,
  ...catalogMigrations,
  ...inventoryMigrations,
  ...procurementMigrations,
  ...ordersMigrations,
];
