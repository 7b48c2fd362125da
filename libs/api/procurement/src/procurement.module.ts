import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApprovalsModule } from '@zhanggui/api-approvals';
import { CatalogModule } from '@zhanggui/api-catalog';
import { IdentityModule, PermissionCatalog } from '@zhanggui/api-identity';
import { InventoryModule } from '@zhanggui/api-inventory';
import { DocumentHistory } from './history/document-history';
import { SupplierInvoiceLine } from './invoices/supplier-invoice-line.entity';
import { SupplierInvoice } from './invoices/supplier-invoice.entity';
import { SupplierInvoicesController } from './invoices/supplier-invoices.controller';
import { SupplierInvoicesService } from './invoices/supplier-invoices.service';
import { ProcurementPolicyController } from './policy/procurement-policy.controller';
import { ProcurementPolicyService } from './policy/procurement-policy';
import { ProcurementDemoData } from './procurement.demo-data';
import { PROCUREMENT_PERMISSIONS } from './procurement.permissions';
import { PurchaseListLine } from './purchase-lists/purchase-list-line.entity';
import { PurchaseList } from './purchase-lists/purchase-list.entity';
import { PurchaseListsController } from './purchase-lists/purchase-lists.controller';
import { PurchaseListsService } from './purchase-lists/purchase-lists.service';
import { PurchaseOrderApprovalOutcomes } from './purchase-orders/purchase-order-approval-outcomes.subscriber';
import { PurchaseOrderLine } from './purchase-orders/purchase-order-line.entity';
import { ProcurementReferences } from './purchase-orders/purchase-order-references';
import { PurchaseOrder } from './purchase-orders/purchase-order.entity';
import { PurchaseOrdersController } from './purchase-orders/purchase-orders.controller';
import { PurchaseOrdersService } from './purchase-orders/purchase-orders.service';
import { GoodsReceiptLine } from './receipts/goods-receipt-line.entity';
import { GoodsReceipt } from './receipts/goods-receipt.entity';
import { GoodsReceiptsController } from './receipts/goods-receipts.controller';
import { GoodsReceiptsService } from './receipts/goods-receipts.service';
import { SuppliersController } from './suppliers/suppliers.controller';
import { Supplier } from './suppliers/supplier.entity';
import { SuppliersService } from './suppliers/suppliers.service';
import { ProcurementClock } from './tenders/procurement-clock';
import { TenderInvitation } from './tenders/tender-invitation.entity';
import { TenderItem } from './tenders/tender-item.entity';
import { TenderQuoteAttachment } from './tenders/tender-quote-attachment.entity';
import { TenderQuoteLine } from './tenders/tender-quote-line.entity';
import { TenderQuote } from './tenders/tender-quote.entity';
import { TenderQuotesController } from './tenders/tender-quotes.controller';
import { TenderQuotesService } from './tenders/tender-quotes.service';
import { Tender } from './tenders/tender.entity';
import { TendersController } from './tenders/tenders.controller';
import { TendersService } from './tenders/tenders.service';
import { ProcurementDashboardFiguresService } from './purchase-orders/procurement-dashboard-figures.service';

/**
 * What purchasing runs: suppliers, purchase lists, tenders with sealed quotes, purchase orders with the
 * general manager's approval above a threshold, goods receipts that move stock and cost, and supplier
 * invoices matched three ways before finance pays them.
 */
@Module({
  imports: [
    IdentityModule,
    ApprovalsModule,
    CatalogModule,
    InventoryModule,
    TypeOrmModule.forFeature([
      Supplier,
      PurchaseOrder,
      PurchaseOrderLine,
      GoodsReceipt,
      GoodsReceiptLine,
      SupplierInvoice,
      SupplierInvoiceLine,
      Tender,
      TenderItem,
      TenderInvitation,
      TenderQuote,
      TenderQuoteLine,
      TenderQuoteAttachment,
      PurchaseList,
      PurchaseListLine,
    ]),
  ],
  controllers: [
    SuppliersController,
    PurchaseOrdersController,
    GoodsReceiptsController,
    SupplierInvoicesController,
    TendersController,
    TenderQuotesController,
    PurchaseListsController,
    ProcurementPolicyController,
  ],
  providers: [
    ProcurementDashboardFiguresService,
    DocumentHistory,
    ProcurementPolicyService,
    ProcurementReferences,
    ProcurementClock,
    SuppliersService,
    PurchaseOrdersService,
    PurchaseOrderApprovalOutcomes,
    GoodsReceiptsService,
    SupplierInvoicesService,
    TendersService,
    TenderQuotesService,
    PurchaseListsService,
    ProcurementDemoData,
  ],
  exports: [SuppliersService, PurchaseOrdersService, ProcurementDashboardFiguresService],
})
export class ProcurementModule {
  constructor(catalog: PermissionCatalog) {
    catalog.register(PROCUREMENT_PERMISSIONS);
  }
}
