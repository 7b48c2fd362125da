import { Injectable } from '@nestjs/common';
import { In, QueryFailedError } from 'typeorm';
import {
  assertVersionMatches,
  AuditWriter,
  currentActor,
  EventBus,
  Page,
  preparedQuery,
  PreparedStatement,
  searchTermsOf,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { Brand } from '../brands/brand.entity';
import { Category } from '../categories/category.entity';
import { ProductImage } from '../images/product-image.entity';
import { PricesService } from '../prices/prices.service';
import type {
  CreateProductDto,
  ProductContentDto,
  SkuInput,
  UpdateProductDto,
  UpdateSkuDto,
} from './dto/product-input.dto';
import type { ListProductsQuery } from './dto/list-products.query';
import { ContentLocale, ProductContent } from './product-content.entity';
import { readProductDetail } from './product-detail.statements';
import { PAGE_MAIN_IMAGES, PAGE_PRICES, readProductPage } from './product-list.statements';
import { Product } from './product.entity';
import {
  BarcodeTakenError,
  ListingNotAllowedError,
  ProductNotFoundError,
  SkuCodeTakenError,
  UnknownReferenceError,
} from './product.errors';
import {
  ListingAction,
  ListingRuleError,
  listingBlockers,
  ListingReadiness,
  nextStatus,
} from './product-listing';
import { sanitizeDescription } from './rich-text';
import { Sku } from './sku.entity';
import { SkuNotFoundError } from '../prices/price.errors';

/** What other domains need to show and check a SKU. */
export interface SkuSummary {
  id: string;
  productId: string;
  code: string;
  name: string | null;
  status: 'active' | 'discontinued';
}

/** Lowest and highest current website price over a product's SKUs, in minor units. */
export interface PriceRange {
  low: number;
  high: number;
}

export interface ProductDetail {
  product: Product;
  skus: Sku[];
  content: ProductContent[];
  images: ProductImage[];
}

/**
 * Products and their SKUs, copy and listing workflow. Staff with catalog:read see every status; a caller with
 * only storefront:read (the website's key) sees listed products only — anything else is "not found".
 */
@Injectable()
export class ProductsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly prices: PricesService,
    private readonly events: EventBus,
    private readonly audit: AuditWriter,
  ) {}

  private get products() {
    return this.connection.getRepository(Product);
  }

  private get skus() {
    return this.connection.getRepository(Sku);
  }

  async list(query: ListProductsQuery): Promise<{
    page: Page<Product>;
    skuCounts: Map<string, number>;
    websitePrices: Map<string, PriceRange>;
    mainImages: Map<string, ProductImage>;
  }> {
    const page = await readProductPage(this.read.bind(this), {
      ...query,
      storefrontOnly: this.storefrontOnly(),
    });
    const ids = page.data.map((p) => p.id);
    // Two statements for the whole page, whatever its size (none per product): SKU counts with the range of
    // current website prices of its active SKUs (the newest active price in effect), and the main images.
    const counts = ids.length
      ? await this.read<{ product_id: string; n: number; low: string | null; high: string | null }>(
          PAGE_PRICES,
          [ids],
        )
      : [];
    const images = ids.length ? await this.read<ProductImage>(PAGE_MAIN_IMAGES, [ids]) : [];
    return {
      page,
      skuCounts: new Map(counts.map((row) => [row.product_id, row.n])),
      websitePrices: new Map(
        counts
          .filter((row) => row.low !== null)
          .map((row) => [row.product_id, { low: Number(row.low), high: Number(row.high) }]),
      ),
      mainImages: new Map(images.map((image) => [image.productId, image])),
    };
  }

  async get(id: string): Promise<ProductDetail> {
    // Reads outside a transaction (GET) take the prepared statements; writes must see their own changes.
    if (!this.connection.inTransaction)
      return this.visible(id, await readProductDetail(this.connection.dataSource, id));
    const product = await this.products.findOneBy({ id });
    if (!product || (this.storefrontOnly() && product.status !== 'listed'))
      throw new ProductNotFoundError(id);
    // One after another: inside a transaction they share one connection, which runs one query at a time.
    const skus = await this.skus.find({ where: { productId: id }, order: { code: 'ASC' } });
    const content = await this.connection
      .getRepository(ProductContent)
      .find({ where: { productId: id }, order: { locale: 'ASC' } });
    const images = await this.connection
      .getRepository(ProductImage)
      .find({ where: { productId: id }, order: { position: 'ASC' } });
    return this.visible(id, { product, skus, content, images });
  }

  /** The storefront sees listed products and their active SKUs only. */
  private visible(id: string, detail: ProductDetail | undefined): ProductDetail {
    if (!detail || (this.storefrontOnly() && detail.product.status !== 'listed'))
      throw new ProductNotFoundError(id);
    if (!this.storefrontOnly()) return detail;
    return { ...detail, skus: detail.skus.filter((s) => s.status === 'active') };
  }

  async create(input: CreateProductDto): Promise<ProductDetail> {
    await this.assertReferences(input.categoryId ?? null, input.brandId ?? null);
    await this.assertSkusFree(input.skus);
    const product = await this.products.save(
      this.products.create({
        name: input.name,
        categoryId: input.categoryId ?? null,
        brandId: input.brandId ?? null,
        status: 'draft',
        listedAt: null,
      }),
    );
    await this.saveSkus(
      input.skus.map((sku) => this.skus.create({ ...skuFields(sku), productId: product.id })),
    );
    await this.reindex(product.id);
    await this.events.publish('ProductCreated', { productId: product.id, name: product.name });
    return this.get(product.id);
  }

  async update(id: string, changes: UpdateProductDto, expected?: number[]): Promise<ProductDetail> {
    const product = await this.lock(id);
    assertVersionMatches('product', expected, product.version);
    await this.assertReferences(
      changes.categoryId !== undefined ? changes.categoryId : product.categoryId,
      changes.brandId !== undefined ? changes.brandId : product.brandId,
    );
    Object.assign(product, Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)));
    await this.products.save(product);
    await this.reindex(id);
    return this.get(id);
  }

  async setContent(id: string, locale: ContentLocale, input: ProductContentDto): Promise<ProductDetail> {
    await this.lock(id);
    const repository = this.connection.getRepository(ProductContent);
    const existing = await repository.findOneBy({ productId: id, locale });
    await repository.save(
      repository.create({
        ...(existing ?? {}),
        productId: id,
        locale,
        title: input.title,
        sellingPoints: (input.sellingPoints ?? []).map((point) => point.trim()).filter(Boolean),
        descriptionHtml: sanitizeDescription(input.descriptionHtml ?? ''),
      }),
    );
    await this.touch(id);
    return this.get(id);
  }

  /** The SKUs with these ids (any status), for other domains that refer to SKUs (procurement's lines). */
  async skusByIds(ids: string[]): Promise<Map<string, SkuSummary>> {
    if (ids.length === 0) return new Map();
    const rows = await this.skus.findBy({ id: In([...new Set(ids)]) });
    return new Map(rows.map((sku) => [sku.id, skuSummary(sku)]));
  }

  /** The SKUs with these codes (any status), keyed by code: for seeders and integrations that know codes. */
  async skusByCodes(codes: string[]): Promise<Map<string, SkuSummary>> {
    if (codes.length === 0) return new Map();
    const rows = await this.skus.findBy({ code: In([...new Set(codes)]) });
    return new Map(rows.map((sku) => [sku.code, skuSummary(sku)]));
  }

  async addSku(productId: string, input: SkuInput): Promise<Sku> {
    await this.lock(productId);
    await this.assertSkusFree([input], 'code');
    const [sku] = await this.saveSkus([this.skus.create({ ...skuFields(input), productId })]);
    await this.reindex(productId);
    return sku;
  }

  async updateSku(skuId: string, changes: UpdateSkuDto, expected?: number[]): Promise<Sku> {
    const sku = await this.skus.findOne({ where: { id: skuId }, lock: { mode: 'pessimistic_write' } });
    if (!sku) throw new SkuNotFoundError(skuId);
    assertVersionMatches('SKU', expected, sku.version);
    if (
      changes.barcode &&
      changes.barcode !== sku.barcode &&
      (await this.skus.existsBy({ barcode: changes.barcode }))
    ) {
      throw new BarcodeTakenError(changes.barcode);
    }
    Object.assign(sku, Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)));
    const [saved] = await this.saveSkus([sku]);
    await this.reindex(sku.productId);
    return saved;
  }

  async readiness(id: string): Promise<string[]> {
    const detail = await this.get(id);
    return listingBlockers(await this.readinessOf(detail));
  }

  /** Moves a product along the listing workflow; listing checks image, website prices and margins first. */
  async transition(id: string, action: ListingAction, comment?: string): Promise<ProductDetail> {
    const product = await this.lock(id);
    const readiness = action === 'list' ? await this.readinessOf(await this.get(id)) : undefined;
    let status;
    try {
      status = nextStatus(product.status, action, readiness);
    } catch (error) {
      if (error instanceof ListingRuleError) throw new ListingNotAllowedError(error.reasons);
      throw error;
    }
    const from = product.status;
    product.status = status;
    if (status === 'listed') product.listedAt = new Date();
    await this.products.save(product);
    if (comment) {
      await this.audit.record({
        action,
        entityType: 'product',
        entityId: id,
        changes: { status: { from, to: status }, comment: { to: comment } },
      });
    }
    if (status === 'listed' || from === 'listed') {
      await this.events.publish(status === 'listed' ? 'ProductListed' : 'ProductDelisted', {
        productId: id,
        name: product.name,
      });
    }
    return this.get(id);
  }

  private async readinessOf(detail: ProductDetail): Promise<ListingReadiness> {
    const active = detail.skus.filter((sku) => sku.status === 'active');
    const gaps = await this.prices.listingGaps(active);
    return {
      imageCount: detail.images.length,
      activeSkuCount: active.length,
      skusWithoutWebsitePrice: gaps.withoutWebsitePrice,
      skusBelowMargin: gaps.belowMargin,
    };
  }

  /** Recomputes what search matches (name, pinyin, codes, barcodes): derived data, so not audited. */
  private async reindex(productId: string): Promise<void> {
    const product = await this.products.findOneByOrFail({ id: productId });
    const skus = await this.skus.findBy({ productId });
    const terms = searchTermsOf(
      product.name,
      skus.flatMap((sku) => [sku.code, sku.barcode, sku.name]),
    );
    await this.connection.manager.query(
      `UPDATE product SET search_text = $2, search_grams = $3 WHERE id = $1`,
      [productId, terms.text, terms.grams],
    );
  }

  private async touch(productId: string): Promise<void> {
    await this.connection.manager.query(
      `UPDATE product SET updated_at = now(), version = version + 1 WHERE id = $1`,
      [productId],
    );
  }

  private async lock(id: string): Promise<Product> {
    const product = await this.products.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!product) throw new ProductNotFoundError(id);
    return product;
  }

  private async assertReferences(categoryId: string | null, brandId: string | null): Promise<void> {
    if (
      categoryId &&
      !(await this.connection.getRepository(Category).existsBy({ id: categoryId, status: 'active' }))
    ) {
      throw new UnknownReferenceError('categoryId', 'category', categoryId);
    }
    if (
      brandId &&
      !(await this.connection.getRepository(Brand).existsBy({ id: brandId, status: 'active' }))
    ) {
      throw new UnknownReferenceError('brandId', 'brand', brandId);
    }
  }

  private async assertSkusFree(skus: SkuInput[], field = 'skus'): Promise<void> {
    const codes = skus.map((sku) => sku.code);
    const repeated = codes.filter((code, index) => codes.indexOf(code) !== index);
    if (repeated.length > 0) throw new SkuCodeTakenError([...new Set(repeated)], field);
    const taken = await this.skus.find({ where: { code: In(codes) }, select: { code: true } });
    if (taken.length > 0)
      throw new SkuCodeTakenError(
        taken.map((sku) => sku.code),
        field,
      );
    const barcodes = skus.map((sku) => sku.barcode).filter((b): b is string => !!b);
    const usedBarcode = barcodes.length
      ? await this.skus.findOne({ where: { barcode: In(barcodes) } })
      : null;
    if (usedBarcode) throw new BarcodeTakenError(usedBarcode.barcode!, `${field}.barcode`);
  }

  /** The unique constraints have the last word when two requests race for the same code. */
  private async saveSkus(skus: Sku[]): Promise<Sku[]> {
    try {
      return await this.skus.save(skus);
    } catch (error) {
      const constraint = (error as QueryFailedError & { driverError?: { constraint?: string } }).driverError
        ?.constraint;
      if (constraint === 'sku_code_key') throw new SkuCodeTakenError(skus.map((sku) => sku.code));
      if (constraint === 'sku_barcode_key')
        throw new BarcodeTakenError(skus.map((sku) => sku.barcode).join(', '));
      throw error;
    }
  }

  /** A list statement: prepared on the pool for GETs; inside a transaction, as text on its connection. */
  private read<T>(statement: PreparedStatement, values: unknown[]): Promise<T[]> {
    if (this.connection.inTransaction) return this.connection.manager.query(statement.text, values);
    return preparedQuery<T>(this.connection.dataSource, statement, values);
  }

  private storefrontOnly(): boolean {
    const permissions = currentActor()?.permissions;
    return !!permissions && !permissions.has('catalog:read') && permissions.has('storefront:read');
  }
}

function skuFields(input: SkuInput) {
  return {
    code: input.code,
    name: input.name ?? null,
    attributes: input.attributes ?? {},
    barcode: input.barcode ?? null,
    unit: input.unit ?? '件',
    weightGrams: input.weightGrams ?? null,
    status: 'active' as const,
  };
}

function skuSummary(sku: Sku): SkuSummary {
  return { id: sku.id, productId: sku.productId, code: sku.code, name: sku.name, status: sku.status };
}
