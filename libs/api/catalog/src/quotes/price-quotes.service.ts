import { Injectable } from '@nestjs/common';
import {
  currentActor,
  ForbiddenError,
  InvalidInputError,
  Money,
  TransactionalConnection,
  type FieldProblem,
} from '@zhanggui/api-platform';
import { PricesService } from '../prices/prices.service';
import type { Product } from '../products/product.entity';
import type { Sku } from '../products/sku.entity';
import { quoteCart } from '../promotions/promotion-engine';
import { toRule } from '../promotions/promotion-rules-mapping';
import { PromotionsService } from '../promotions/promotions.service';
import type { PriceQuoteRequestDto, PriceQuoteResponse } from './dto/price-quote.dto';

type QuotedSku = Pick<Sku, 'id' | 'productId' | 'code' | 'status'>;
type QuotedProduct = Pick<Product, 'id' | 'name' | 'categoryId' | 'status'>;
interface SkuWithProductRow {
  id: string;
  product_id: string;
  code: string;
  status: Sku['status'];
  product_name: string;
  category_id: string | null;
  product_status: Product['status'];
}

export class CartNotQuotableError extends InvalidInputError {
  constructor(problems: FieldProblem[]) {
    super(
      'CART_NOT_QUOTABLE',
      `The cart cannot be priced: ${problems.map((p) => p.message).join('; ')}.`,
      problems,
    );
  }
}

/**
 * The price of a cart, as orders will charge it: list prices from the channel's price list (never from the
 * caller), the promotions that apply here and now, every discount named, totals that add up — all in 分.
 */
@Injectable()
export class PriceQuotesService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly prices: PricesService,
    private readonly promotions: PromotionsService,
  ) {}

  async quote(request: PriceQuoteRequestDto, at = new Date()): Promise<PriceQuoteResponse> {
    const skuIds = [...new Set(request.lines.map((line) => line.skuId))];
    const { skus, products } = await this.skusWithProducts(skuIds);
    const current = await this.prices.currentPrices(skuIds, at);
    const storefront = isStorefrontCaller();

    const problems: FieldProblem[] = [];
    request.lines.forEach((line, index) => {
      const sku = skus.find((s) => s.id === line.skuId);
      const product = products.find((p) => p.id === sku?.productId);
      if (!sku || !product || (storefront && product.status !== 'listed')) {
        problems.push({ field: `lines.${index}.skuId`, message: `SKU ${line.skuId} is not for sale` });
      } else if (sku.status !== 'active') {
        problems.push({ field: `lines.${index}.skuId`, message: `SKU ${sku.code} is discontinued` });
      } else if (!current.get(sku.id)?.[request.channel]) {
        problems.push({
          field: `lines.${index}.skuId`,
          message: `SKU ${sku.code} has no ${request.channel} price`,
        });
      }
    });
    if (problems.length > 0) throw new CartNotQuotableError(problems);

    const lineage = await this.categoryLineage(
      products.map((p) => p.categoryId).filter((id): id is string => !!id),
    );
    const promotions = request.previewPromotionIds
      ? await this.preview(request.previewPromotionIds)
      : await this.promotions.eligible({
          channel: request.channel,
          regionId: request.regionId,
          customerId: request.customerId,
          at,
        });

    const cart = request.lines.map((line, index) => {
      const sku = skus.find((s) => s.id === line.skuId)!;
      const product = products.find((p) => p.id === sku.productId)!;
      const price = current.get(sku.id)![request.channel]!;
      return {
        lineId: String(index).padStart(4, '0'),
        skuId: sku.id,
        productId: product.id,
        categoryIds: product.categoryId ? (lineage.get(product.categoryId) ?? [product.categoryId]) : [],
        quantity: line.quantity,
        unitPrice: Money.of(price.amount, price.currency),
      };
    });
    const quote = quoteCart(cart, promotions.map(toRule), 'CNY');
    const view = (discount: { promotionId: string; promotionName: string; amount: Money }) => ({
      promotionId: discount.promotionId,
      promotionName: discount.promotionName,
      amount: discount.amount.amount,
    });
    return {
      currency: quote.currency,
      channel: request.channel,
      lines: quote.lines.map((line) => {
        const sku = skus.find((s) => s.id === line.skuId)!;
        return {
          skuId: sku.id,
          skuCode: sku.code,
          productName: products.find((p) => p.id === sku.productId)!.name,
          quantity: line.quantity,
          unitPrice: line.unitPrice.amount,
          listAmount: line.listAmount.amount,
          discounts: line.discounts.map(view),
          amount: line.amount.amount,
        };
      }),
      listTotal: quote.listTotal.amount,
      discountTotal: quote.discountTotal.amount,
      total: quote.total.amount,
      applied: quote.applied.map(view),
      notApplied: quote.notApplied,
      quotedAt: at.toISOString(),
    };
  }

  private async preview(ids: string[]) {
    if (!currentActor()?.permissions.has('promotions:read')) {
      throw new ForbiddenError('Previewing chosen promotions needs promotions:read.');
    }
    return this.promotions.forPreview(ids);
  }

  /**
   * The cart's SKUs and their products, in one statement and only the fields a quote reads: every order placed
   * pays for this read (with TypeORM it was two statements building and hydrating whole entities).
   */
  private async skusWithProducts(
    skuIds: string[],
  ): Promise<{ skus: QuotedSku[]; products: QuotedProduct[] }> {
    const rows: SkuWithProductRow[] = await this.connection.manager.query(
      `SELECT s.id, s.product_id, s.code, s.status, p.name AS product_name, p.category_id, p.status AS product_status
         FROM sku s JOIN product p ON p.id = s.product_id WHERE s.id = ANY($1::uuid[])`,
      [skuIds],
    );
    const products = new Map<string, QuotedProduct>();
    for (const row of rows)
      products.set(row.product_id, {
        id: row.product_id,
        name: row.product_name,
        categoryId: row.category_id,
        status: row.product_status,
      });
    return {
      skus: rows.map((row) => ({
        id: row.id,
        productId: row.product_id,
        code: row.code,
        status: row.status,
      })),
      products: [...products.values()],
    };
  }

  /** Each category with itself and every ancestor, for all the cart's categories in one query. */
  private async categoryLineage(categoryIds: string[]): Promise<Map<string, string[]>> {
    if (categoryIds.length === 0) return new Map();
    const rows: Array<{ start: string; id: string }> = await this.connection.manager.query(
      `WITH RECURSIVE up AS (
         SELECT id AS start, id, parent_id FROM category WHERE id = ANY($1)
         UNION ALL SELECT up.start, c.id, c.parent_id FROM category c JOIN up ON c.id = up.parent_id)
       SELECT start, id FROM up`,
      [[...new Set(categoryIds)]],
    );
    const lineage = new Map<string, string[]>();
    for (const row of rows) lineage.set(row.start, [...(lineage.get(row.start) ?? []), row.id]);
    return lineage;
  }
}

function isStorefrontCaller(): boolean {
  const permissions = currentActor()?.permissions;
  return !!permissions && !permissions.has('catalog:read');
}
