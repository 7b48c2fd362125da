export { ProcurementModule } from './procurement.module';
export { SuppliersService } from './suppliers/suppliers.service';
export { PurchaseOrdersService } from './purchase-orders/purchase-orders.service';
export { ProcurementDashboardFiguresService } from './purchase-orders/procurement-dashboard-figures.service';
export { GOODS_RECEIVED, SUPPLIER_INVOICE_MATCHED } from './procurement.events';
export type { GoodsReceivedPayload, SupplierInvoiceMatchedPayload } from './procurement.events';
export { procurementMigrations } from './migrations';
