import { MigrationClass, platformMigrations } from '@zhanggui/api-platform';
import { approvalsMigrations } from '@zhanggui/api-approvals';
import { catalogMigrations } from '@zhanggui/api-catalog';
import { hrMigrations } from '@zhanggui/api-hr';
import { financeMigrations } from '@zhanggui/api-finance';
import { identityMigrations } from '@zhanggui/api-identity';
import { inventoryMigrations } from '@zhanggui/api-inventory';
import { ordersMigrations } from '@zhanggui/api-orders';
import { procurementMigrations } from '@zhanggui/api-procurement';
import { salesMigrations } from '@zhanggui/api-sales';
import { supportMigrations } from '@zhanggui/api-support';

/** Every domain's migrations; TypeORM orders them by the timestamp in their names. */
export const allMigrations: MigrationClass[] = [
  ...platformMigrations,
  ...identityMigrations,
  ...approvalsMigrations,
  ...catalogMigrations,
  ...inventoryMigrations,
  ...procurementMigrations,
  ...ordersMigrations,
  ...supportMigrations,
  ...financeMigrations,
  ...hrMigrations,
  ...salesMigrations,
];
