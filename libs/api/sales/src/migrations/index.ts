import { CreateSales1765400000000 } from './1765400000000-create-sales';
import { CreateCampaignsAndContent1765700000000 } from './1765700000000-create-campaigns-and-content';
import { DashboardIndexes1765710000000 } from './1765710000000-dashboard-indexes';

export const salesMigrations = [
  CreateSales1765400000000,
  CreateCampaignsAndContent1765700000000,
  DashboardIndexes1765710000000,
];
