export { SalesModule } from './sales.module';
export { SALES_COMMISSIONS_CALCULATED } from './sales.events';
export type { SalesCommissionsCalculatedPayload } from './sales.events';
export { salesMigrations } from './migrations';
