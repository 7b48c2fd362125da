export { CatalogModule } from './catalog.module';
export { ProductsService } from './products/products.service';
export type { SkuSummary } from './products/products.service';
export { PricesService } from './prices/prices.service';
export { CategoriesService } from './categories/categories.service';
export { PromotionsService } from './promotions/promotions.service';
export { PriceQuotesService } from './quotes/price-quotes.service';
export type { PriceQuoteRequestDto, PriceQuoteResponse } from './quotes/dto/price-quote.dto';
export { catalogMigrations } from './migrations';
