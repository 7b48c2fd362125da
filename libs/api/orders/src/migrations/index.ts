import { CreateCustomers1764700000000 } from './1764700000000-create-customers';
import { CreateOrders1764710000000 } from './1764710000000-create-orders';
import { CreateAfterSales1764720000000 } from './1764720000000-create-after-sales';
import { ReturnRequestCreatedIndex1766000030000 } from './1766000030000-return-request-created-index';
import { DeferrableOrderChildren1766000100000 } from './1766000100000-deferrable-order-children';

export const ordersMigrations = [
  CreateCustomers1764700000000,
  CreateOrders1764710000000,
  CreateAfterSales1764720000000,
  ReturnRequestCreatedIndex1766000030000,
  DeferrableOrderChildren1766000100000,
];
