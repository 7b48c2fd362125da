import { Injectable } from '@nestjs/common';
import { PricesService } from '../prices/prices.service';
import { SALES_CHANNELS, SalesChannel } from '../prices/sku-price.entity';
import type { SkuInput, UpdateSkuDto } from '../products/dto/product-input.dto';
import { ProductsService } from '../products/products.service';
import type { ImportPlan, NewSku } from './import-plan';

/** Why each imported price was set, as the price history shows it. */
const PRICE_REASON = 'CSV 导入';

/**
 * Carries out a plan through the catalog's own services, so an imported change is checked, audited,
 * reindexed for search and announced exactly like the same change made in the console. Runs inside the
 * request's transaction: any failure undoes the whole import.
 */
@Injectable()
export class ImportPlanApplier {
  constructor(
    private readonly products: ProductsService,
    private readonly prices: PricesService,
  ) {}

  async apply(plan: ImportPlan): Promise<void> {
    for (const { productId, changes } of plan.productChanges) await this.products.update(productId, changes);
    // updateSku assigns what it is given, null included: the columns are nullable, and a cleared cell in the
    // file clears the field. Only the HTTP DTO has no way to say null.
    for (const { skuId, changes } of plan.skuChanges)
      await this.products.updateSku(skuId, changes as UpdateSkuDto);
    for (const { skuId, channel, amount } of plan.priceChanges) await this.setPrice(skuId, channel, amount);

    for (const product of plan.newProducts) {
      const detail = await this.products.create({
        name: product.name,
        categoryId: product.categoryId ?? undefined,
        brandId: product.brandId ?? undefined,
        skus: product.skus.map(skuInput),
      });
      const idOf = new Map(detail.skus.map((sku) => [sku.code, sku.id]));
      for (const sku of product.skus) await this.finishNewSku(idOf.get(sku.code)!, sku);
    }
    for (const { productId, sku } of plan.newSkus) {
      const created = await this.products.addSku(productId, skuInput(sku));
      await this.finishNewSku(created.id, sku);
    }
  }

  /** A SKU is created active and without prices; the file may want it discontinued, and priced. */
  private async finishNewSku(skuId: string, sku: NewSku): Promise<void> {
    if (sku.status !== 'active') await this.products.updateSku(skuId, { status: sku.status });
    for (const channel of SALES_CHANNELS) {
      const amount = sku.prices[channel];
      if (amount !== undefined) await this.setPrice(skuId, channel, amount);
    }
  }

  private async setPrice(skuId: string, channel: SalesChannel, amount: number): Promise<void> {
    await this.prices.setPrice(skuId, { channel, amount, reason: PRICE_REASON });
  }
}

function skuInput(sku: NewSku): SkuInput {
  return {
    code: sku.code,
    name: sku.name ?? undefined,
    barcode: sku.barcode ?? undefined,
    unit: sku.unit,
    weightGrams: sku.weightGrams ?? undefined,
    attributes: sku.attributes,
  };
}
