import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { customerPath } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { customerQuery } from '../customers/customers.api';

/** A customer's name linking to their record (the number while it loads, or without customers:read). */
export function CustomerName({ id }: { id: string }) {
  const can = usePermissions();
  const customer = useQuery({ ...customerQuery(id), enabled: can('customers:read'), staleTime: 5 * 60_000 });
  const label = customer.data ? `${customer.data.name}（${customer.data.number}）` : id.slice(-8);
  return can('customers:read') ? <Link to={customerPath(id)}>{label}</Link> : <span>{label}</span>;
}
