export { OrdersModule } from './orders.module';
export { CustomersService } from './customers/customers.service';
export type { CustomerAddressView, CustomerProfile } from './customers/customers.service';
export { MembersService } from './members/members.service';
export { TerritoryFiguresService } from './orders/territory-figures.service';
export type { TerritoryFigures } from './orders/territory-figures.service';
export { PromotionOrderFiguresService } from './orders/promotion-order-figures.service';
export type { PromotionOrdersDay } from './orders/promotion-order-figures.service';
export { OrderDashboardFiguresService } from './orders/order-dashboard-figures.service';
export type { OrderFunnel, ProductSales, UnitSales } from './orders/order-dashboard-figures.service';
export type { MembershipSnapshot } from './members/membership-snapshot';
export { CUSTOMER_REGISTERED, CUSTOMERS_MERGED } from './customers/customer.events';
export type { CustomerRegisteredPayload, CustomersMergedPayload } from './customers/customer.events';
export { MEMBER_LEVEL_CHANGED, MEMBER_REGISTERED } from './members/member.events';
export type { MemberLevelChangedPayload, MemberRegisteredPayload } from './members/member.events';
export {
  ORDER_CANCELLED,
  ORDER_COMPLETED,
  ORDER_CONFIRMED,
  ORDER_DELIVERED,
  ORDER_PLACED,
  ORDER_SHIPPED,
} from './orders/order.events';
export type {
  OrderCancelledPayload,
  OrderEventPayload,
  OrderPlacedPayload,
  OrderShippedPayload,
} from './orders/order.events';
export { AfterSalesModule } from './after-sales.module';
export { RebatesService } from './rebates/rebates.service';
export { COD_COLLECTED, COD_REMITTANCE_CONFIRMED } from './cod/cod.events';
export type { CodCollectedPayload, CodRemittanceConfirmedPayload } from './cod/cod.events';
export { REFUND_ISSUED, RETURN_RECEIVED } from './returns/returns.events';
export type { RefundIssuedPayload, ReturnReceivedPayload } from './returns/returns.events';
export { REBATE_EARNED } from './rebates/rebate.events';
export type { RebateEarnedPayload } from './rebates/rebate.events';
export { ordersMigrations } from './migrations';
