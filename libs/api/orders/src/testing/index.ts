// The orders library's test fixtures, for other domains' e2e tests (`@zhanggui/api-orders/testing`).
export {
  createCustomer as createOrderingCustomer,
  createOrderWorld,
  orderBody,
  sellableSku,
  stockUp,
} from '../orders/testing/order-world';
export type { OrderWorld } from '../orders/testing/order-world';
export { deliveredOrder, pay } from './after-sales';
export { address, CITY, createCustomer, createOrdersWorld, freshPhone } from './orders-fixtures';
export type { OrdersWorld } from './orders-fixtures';
