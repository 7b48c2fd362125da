import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { allWarehousesQuery, type Warehouse } from './inventory.api';

interface WarehouseSelectProps {
  id?: string;
  value?: string;
  placeholder?: string;
  allowClear?: boolean;
  /** Only warehouses stock can move in or out of (a deactivated one refuses it). */
  activeOnly?: boolean;
  style?: CSSProperties;
  'aria-label'?: string;
  onChange?(value: string | undefined): void;
}

export const warehouseLabel = (warehouse: Pick<Warehouse, 'code' | 'name'>) =>
  `${warehouse.code} · ${warehouse.name}`;

/** A warehouse by code or name. */
export function WarehouseSelect({ activeOnly = false, ...props }: WarehouseSelectProps) {
  const warehouses = useQuery(allWarehousesQuery());
  const shown = (warehouses.data ?? []).filter(
    (warehouse) => !activeOnly || warehouse.status === 'active' || warehouse.id === props.value,
  );
  return (
    <Select
      {...props}
      loading={warehouses.isPending}
      showSearch={{ optionFilterProp: 'label' }}
      options={shown.map((warehouse) => ({ value: warehouse.id, label: warehouseLabel(warehouse) }))}
    />
  );
}

/** A warehouse's code and name, from the cached list. */
export function WarehouseName({ id, fallback }: { id: string; fallback?: string }) {
  const warehouses = useQuery(allWarehousesQuery());
  const warehouse = warehouses.data?.find((candidate) => candidate.id === id);
  return <>{warehouse ? warehouseLabel(warehouse) : (fallback ?? `…${id.slice(-8)}`)}</>;
}
