import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ProductImage } from '../../images/product-image.entity';
import type { SalesChannel, SkuPrice } from '../../prices/sku-price.entity';
import type { ProductContent } from '../product-content.entity';
import type { Product } from '../product.entity';
import type { ProductStatus } from '../product-listing';
import type { Sku } from '../sku.entity';
import type { PriceRange } from '../products.service';

export class PriceView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'Integer minor units (分).', example: 4990 })
  amount!: number;

  @ApiProperty({ example: 'CNY' })
  currency!: string;

  @ApiProperty({ format: 'date-time' })
  effectiveFrom!: string;

  static from(price: SkuPrice): PriceView {
    return {
      id: price.id,
      amount: price.amount,
      currency: price.currency,
      effectiveFrom: price.effectiveFrom.toISOString(),
    };
  }
}

export class ChannelPrices {
  @ApiPropertyOptional({ type: PriceView })
  website?: PriceView;

  @ApiPropertyOptional({ type: PriceView, description: 'Only with prices:read.' })
  offline?: PriceView;

  @ApiPropertyOptional({ type: PriceView, description: 'Only with prices:read.' })
  wholesale?: PriceView;
}

export class SkuView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  code!: string;

  @ApiProperty({ type: 'string', nullable: true })
  name!: string | null;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  attributes!: Record<string, string>;

  @ApiProperty({ type: 'string', nullable: true })
  barcode!: string | null;

  @ApiProperty()
  unit!: string;

  @ApiProperty({ type: 'integer', nullable: true })
  weightGrams!: number | null;

  @ApiProperty({ enum: ['active', 'discontinued'] })
  status!: string;

  @ApiProperty({ type: ChannelPrices, description: 'Current prices.' })
  prices!: ChannelPrices;

  @ApiProperty()
  version!: number;

  static from(
    sku: Sku,
    prices: Partial<Record<SalesChannel, SkuPrice>> = {},
    channels: readonly SalesChannel[],
  ): SkuView {
    const visible: ChannelPrices = {};
    for (const channel of channels) {
      const price = prices[channel];
      if (price) visible[channel] = PriceView.from(price);
    }
    return {
      id: sku.id,
      code: sku.code,
      name: sku.name,
      attributes: sku.attributes,
      barcode: sku.barcode,
      unit: sku.unit,
      weightGrams: sku.weightGrams,
      status: sku.status,
      prices: visible,
      version: sku.version,
    };
  }
}

export class ContentView {
  @ApiProperty({ enum: ['zh-CN', 'en'] })
  locale!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: [String] })
  sellingPoints!: string[];

  @ApiProperty({ description: 'Sanitised HTML.' })
  descriptionHtml!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  static from(content: ProductContent): ContentView {
    return {
      locale: content.locale,
      title: content.title,
      sellingPoints: content.sellingPoints,
      descriptionHtml: content.descriptionHtml,
      updatedAt: content.updatedAt.toISOString(),
    };
  }
}

export class ImageUrls {
  @ApiProperty({ example: '/api/v1/product-images/…/thumb' })
  thumb!: string;

  @ApiProperty()
  medium!: string;

  @ApiProperty()
  large!: string;

  @ApiProperty()
  original!: string;
}

export class ImageView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  position!: number;

  @ApiProperty()
  isMain!: boolean;

  @ApiProperty()
  width!: number;

  @ApiProperty()
  height!: number;

  @ApiProperty({ type: ImageUrls })
  urls!: ImageUrls;

  static from(image: ProductImage): ImageView {
    const url = (variant: string) => `/api/v1/product-images/${image.id}/${variant}`;
    return {
      id: image.id,
      position: image.position,
      isMain: image.isMain,
      width: image.width,
      height: image.height,
      urls: { thumb: url('thumb'), medium: url('medium'), large: url('large'), original: url('original') },
    };
  }
}

export class ProductResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  categoryId!: string | null;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  brandId!: string | null;

  @ApiProperty({ enum: ['draft', 'in_review', 'listed', 'delisted'] })
  status!: ProductStatus;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  listedAt!: string | null;

  @ApiProperty({ type: [SkuView] })
  skus!: SkuView[];

  @ApiProperty({ type: [ContentView] })
  content!: ContentView[];

  @ApiProperty({ type: [ImageView] })
  images!: ImageView[];

  @ApiProperty()
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class ProductSummary {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  categoryId!: string | null;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  brandId!: string | null;

  @ApiProperty({ enum: ['draft', 'in_review', 'listed', 'delisted'] })
  status!: ProductStatus;

  @ApiProperty()
  skuCount!: number;

  @ApiProperty({ type: 'string', nullable: true, description: 'Thumbnail of the main image.' })
  thumbnailUrl!: string | null;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'Lowest current website price over its active SKUs, in minor units (分); null: none priced.',
  })
  websitePriceLow!: number | null;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'Highest current website price, in minor units.',
  })
  websitePriceHigh!: number | null;

  @ApiProperty()
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  static from(
    product: Product,
    skuCount: number,
    mainImage?: ProductImage,
    websitePrice?: PriceRange,
  ): ProductSummary {
    return {
      id: product.id,
      name: product.name,
      categoryId: product.categoryId,
      brandId: product.brandId,
      status: product.status,
      skuCount,
      thumbnailUrl: mainImage ? `/api/v1/product-images/${mainImage.id}/thumb` : null,
      websitePriceLow: websitePrice?.low ?? null,
      websitePriceHigh: websitePrice?.high ?? null,
      version: product.version,
      createdAt: product.createdAt.toISOString(),
    };
  }
}

export class ListingReadinessResponse {
  @ApiProperty({ description: 'Whether the product could be listed now.' })
  ready!: boolean;

  @ApiProperty({ type: [String], example: ['it has no image'] })
  blockers!: string[];
}
