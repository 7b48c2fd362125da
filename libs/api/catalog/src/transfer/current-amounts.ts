import type { PricesService } from '../prices/prices.service';
import type { SalesChannel } from '../prices/sku-price.entity';
import { inBatches } from './in-batches';

export type ChannelAmounts = Partial<Record<SalesChannel, number>>;

/** The current active price per channel of each SKU, in 分, a thousand SKUs per query. */
export async function currentAmounts(
  prices: PricesService,
  skuIds: string[],
): Promise<Map<string, ChannelAmounts>> {
  const amounts = new Map<string, ChannelAmounts>();
  for (const batch of inBatches(skuIds)) {
    for (const [skuId, byChannel] of await prices.currentPrices(batch)) {
      amounts.set(
        skuId,
        Object.fromEntries(Object.entries(byChannel).map(([channel, price]) => [channel, price.amount])),
      );
    }
  }
  return amounts;
}
