import { Module } from '@nestjs/common';

/** The catalog domain: categories, brands, products, SKUs, content, images, channels and price lists, costs, competitor prices, promotions, price quotes. Filled in by its own issue; present so the layout shows the company. */
@Module({})
export class CatalogModule {}
