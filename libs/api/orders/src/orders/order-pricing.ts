import { Injectable } from '@nestjs/common';
import { PriceQuoteRequestDto, PriceQuotesService } from '@zhanggui/api-catalog';
import { OrderLineRepeatedError } from './order.errors';
import type { LineDiscount, OrderLine } from './order-line.entity';
import type { OrderChannel } from './order.entity';

export type PricedLine = Omit<OrderLine, 'id' | 'orderId'>;

export interface PricedOrder {
  currency: string;
  lines: PricedLine[];
  listTotal: number;
  discountTotal: number;
  total: number;
  /** The promotions that gave a discount: their usage is counted against their limits. */
  promotionIds: string[];
}

/** An order's prices, only ever from the catalog's quote (never from the caller), in 分. */
@Injectable()
export class OrderPricing {
  constructor(private readonly quotes: PriceQuotesService) {}

  async price(input: {
    channel: OrderChannel;
    regionId: string;
    customerId: string;
    lines: ReadonlyArray<{ skuId: string; quantity: number }>;
  }): Promise<PricedOrder> {
    assertDistinctSkus(input.lines);
    const request: PriceQuoteRequestDto = {
      channel: input.channel,
      regionId: input.regionId,
      customerId: input.customerId,
      lines: input.lines.map((line) => ({ skuId: line.skuId, quantity: line.quantity })),
    };
    const quote = await this.quotes.quote(request);
    return {
      currency: quote.currency,
      lines: quote.lines.map((line, index) => {
        const discounts: LineDiscount[] = line.discounts.map((d) => ({
          promotionId: d.promotionId,
          promotionName: d.promotionName,
          amount: d.amount,
        }));
        return {
          lineNo: index + 1,
          skuId: line.skuId,
          skuCode: line.skuCode,
          productName: line.productName,
          quantity: line.quantity,
          unitPrice: line.unitPrice,
          listAmount: line.listAmount,
          discountAmount: line.listAmount - line.amount,
          amount: line.amount,
          discounts,
        };
      }),
      listTotal: quote.listTotal,
      discountTotal: quote.discountTotal,
      total: quote.total,
      promotionIds: quote.applied.map((applied) => applied.promotionId),
    };
  }
}

/** One line per SKU: a second line of the same SKU is a mistake to point at, not to merge silently. */
function assertDistinctSkus(lines: ReadonlyArray<{ skuId: string }>): void {
  const seen = new Set<string>();
  lines.forEach((line, index) => {
    if (seen.has(line.skuId)) throw new OrderLineRepeatedError(`lines.${index}.skuId`);
    seen.add(line.skuId);
  });
}
