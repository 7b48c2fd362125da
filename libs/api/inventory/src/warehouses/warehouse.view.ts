import type { Warehouse } from './warehouse.entity';

/** A warehouse as other domains see it. */
export interface WarehouseView {
  id: string;
  code: string;
  name: string;
  regionId: string | null;
  active: boolean;
  version: number;
}

export function warehouseView(warehouse: Warehouse): WarehouseView {
  return {
    id: warehouse.id,
    code: warehouse.code,
    name: warehouse.name,
    regionId: warehouse.regionId,
    active: warehouse.status === 'active',
    version: warehouse.version,
  };
}
