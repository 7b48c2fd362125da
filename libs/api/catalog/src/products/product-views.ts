import { currentActor } from '@zhanggui/api-platform';
import type { PricesService } from '../prices/prices.service';
import { SALES_CHANNELS, SalesChannel } from '../prices/sku-price.entity';
import { ContentView, ImageView, ProductResponse, SkuView } from './dto/product.response';
import type { ProductDetail } from './products.service';

/** Website prices are public anyway; the shop and wholesale prices only for those who may read prices. */
export function visibleChannels(): readonly SalesChannel[] {
  return currentActor()?.permissions.has('prices:read') ? SALES_CHANNELS : ['website'];
}

export async function productResponse(
  detail: ProductDetail,
  prices: PricesService,
): Promise<ProductResponse> {
  const current = await prices.currentPrices(detail.skus.map((sku) => sku.id));
  const channels = visibleChannels();
  const { product } = detail;
  return {
    id: product.id,
    name: product.name,
    categoryId: product.categoryId,
    brandId: product.brandId,
    status: product.status,
    listedAt: product.listedAt?.toISOString() ?? null,
    skus: detail.skus.map((sku) => SkuView.from(sku, current.get(sku.id), channels)),
    content: detail.content.map(ContentView.from),
    images: detail.images.map(ImageView.from),
    version: product.version,
    createdAt: product.createdAt.toISOString(),
    updatedAt: product.updatedAt.toISOString(),
  };
}
