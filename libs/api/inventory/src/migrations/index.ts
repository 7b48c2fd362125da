import { CreateInventory1764500000000 } from './1764500000000-create-inventory';
import { TransferDashboardIndex1766000000000 } from './1766000000000-transfer-dashboard-index';

export const inventoryMigrations = [CreateInventory1764500000000, TransferDashboardIndex1766000000000];
