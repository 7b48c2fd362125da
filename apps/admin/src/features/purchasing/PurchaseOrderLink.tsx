import { useQuery } from '@tanstack/react-query';
import { Flex } from 'antd';
import { Link } from 'react-router-dom';
import { purchaseOrderPath } from '../../app/paths';
import { PurchaseOrderStatusTag } from './PurchaseOrderStatusTag';
import { purchaseOrderQuery } from './purchasing.api';

/** A link to a purchase order by its number and status (its id's tail until the order has loaded). */
export function PurchaseOrderLink({ id }: { id: string }) {
  const order = useQuery({ ...purchaseOrderQuery(id), staleTime: 30_000 });
  return (
    <Flex gap={4} align="center">
      <Link to={purchaseOrderPath(id)}>{order.data?.number ?? `…${id.slice(-8)}`}</Link>
      {order.data && <PurchaseOrderStatusTag status={order.data.status} />}
    </Flex>
  );
}
