import { CreateInventory1764500000000 } from './1764500000000-create-inventory';

export const inventoryMigrations = [CreateInventory1764500000000];
