import { useQuery } from '@tanstack/react-query';
import { usePermissions } from '../../auth/use-session';
import { supplierQuery } from '../purchasing/purchasing.api';

/** A supplier by name; its id (shortened) for someone who may not read suppliers, or while it loads. */
export function SupplierName({ id }: { id: string }) {
  const can = usePermissions();
  const supplier = useQuery({ ...supplierQuery(id), enabled: can('suppliers:read'), staleTime: 60_000 });
  return <>{supplier.data?.name ?? `${id.slice(0, 8)}…`}</>;
}
