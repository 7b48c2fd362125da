import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApprovalsModule } from '@zhanggui/api-approvals';
import { IdentityModule, PermissionCatalog } from '@zhanggui/api-identity';
import { Brand } from './brands/brand.entity';
import { CatalogDemoData } from './catalog.demo-data';
import { CATALOG_PERMISSIONS } from './catalog.permissions';
import { CategoriesController } from './categories/categories.controller';
import { CategoriesService } from './categories/categories.service';
import { Category } from './categories/category.entity';
import { ImagesController } from './images/images.controller';
import { ImagesService } from './images/images.service';
import { ProductImage } from './images/product-image.entity';
import { CompetitorPrice } from './prices/competitor-price.entity';
import { PriceApprovalOutcomes } from './prices/price-approval-outcomes.subscriber';
import { PricesController } from './prices/prices.controller';
import { PricesService } from './prices/prices.service';
import { SkuCost } from './prices/sku-cost.entity';
import { SkuPrice } from './prices/sku-price.entity';
import { ProductContent } from './products/product-content.entity';
import { Product } from './products/product.entity';
import { ProductsController } from './products/products.controller';
import { ProductsService } from './products/products.service';
import { Sku } from './products/sku.entity';
import { Promotion } from './promotions/promotion.entity';
import { PromotionsController } from './promotions/promotions.controller';
import { PromotionsService } from './promotions/promotions.service';
import { PriceQuotesController } from './quotes/price-quotes.controller';
import { PriceQuotesService } from './quotes/price-quotes.service';
import { CatalogExportService } from './transfer/catalog-export.service';
import { CatalogImportService } from './transfer/catalog-import.service';
import { CatalogTransferController } from './transfer/catalog-transfer.controller';
import { ImportContextLoader } from './transfer/import-context.loader';
import { ImportPlanApplier } from './transfer/import-plan.applier';

/**
 * What the product manager and the content team run: categories, brands, products and SKUs, copy and images,
 * prices per channel with costs and competitors, promotions and the price quote every order starts from.
 */
@Module({
  imports: [
    IdentityModule,
    ApprovalsModule,
    TypeOrmModule.forFeature([
      Category,
      Brand,
      Product,
      ProductContent,
      Sku,
      ProductImage,
      SkuPrice,
      SkuCost,
      CompetitorPrice,
      Promotion,
    ]),
  ],
  controllers: [
    CategoriesController,
    ProductsController,
    ImagesController,
    PricesController,
    PromotionsController,
    PriceQuotesController,
    CatalogTransferController,
  ],
  providers: [
    CategoriesService,
    ProductsService,
    ImagesService,
    PricesService,
    PriceApprovalOutcomes,
    CatalogDemoData,
    PromotionsService,
    PriceQuotesService,
    CatalogExportService,
    CatalogImportService,
    ImportContextLoader,
    ImportPlanApplier,
  ],
  exports: [ProductsService, PricesService, CategoriesService, PromotionsService, PriceQuotesService],
})
export class CatalogModule {
  constructor(catalog: PermissionCatalog) {
    catalog.register(CATALOG_PERMISSIONS);
  }
}
