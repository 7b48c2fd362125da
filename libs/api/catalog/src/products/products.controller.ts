import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiIfMatch,
  ApiPageResponse,
  ApiProblemResponses,
  IfMatch,
  Page,
  RequirePermission,
} from '@zhanggui/api-platform';
import { PricesService } from '../prices/prices.service';
import {
  CreateProductDto,
  ListingActionDto,
  ProductContentDto,
  ProductContentParams,
  SkuInput,
  UpdateProductDto,
  UpdateSkuDto,
} from './dto/product-input.dto';
import { ListProductsQuery } from './dto/list-products.query';
import { ListingReadinessResponse, ProductResponse, ProductSummary, SkuView } from './dto/product.response';
import { productResponse, visibleChannels } from './product-views';
import { ProductsService } from './products.service';

@ApiTags('catalog')
@Controller()
export class ProductsController {
  constructor(
    private readonly products: ProductsService,
    private readonly prices: PricesService,
  ) {}

  @Get('products')
  @RequirePermission('catalog:read', 'storefront:read')
  @ApiOperation({
    summary:
      'Products: search by name (any part), pinyin, initials, SKU code or barcode; filter by status, category, brand.',
  })
  @ApiPageResponse(ProductSummary)
  @ApiProblemResponses(400)
  async list(@Query() query: ListProductsQuery): Promise<Page<ProductSummary>> {
    const { page, skuCounts, websitePrices, mainImages } = await this.products.list(query);
    return {
      ...page,
      data: page.data.map((p) =>
        ProductSummary.from(p, skuCounts.get(p.id) ?? 0, mainImages.get(p.id), websitePrices.get(p.id)),
      ),
    };
  }

  @Get('products/:id')
  @RequirePermission('catalog:read', 'storefront:read')
  @ApiOperation({ summary: 'One product with its SKUs, current prices, copy and images.' })
  @ApiOkResponse({ type: ProductResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<ProductResponse> {
    return productResponse(await this.products.get(id), this.prices);
  }

  @Post('products')
  @RequirePermission('catalog:write')
  @ApiOperation({
    summary: 'Create a product with at least one SKU (the minimal contract: name and SKU codes).',
  })
  @ApiCreatedResponse({ type: ProductResponse })
  @ApiProblemResponses(400, 409)
  async create(
    @Body() body: CreateProductDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProductResponse> {
    const detail = await this.products.create(body);
    void reply.header('Location', `/api/v1/products/${detail.product.id}`);
    return productResponse(detail, this.prices);
  }

  @Patch('products/:id')
  @RequirePermission('catalog:write')
  @ApiOperation({ summary: 'Rename, recategorise or rebrand a product.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: ProductResponse })
  @ApiProblemResponses(400, 404, 412)
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateProductDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<ProductResponse> {
    return productResponse(await this.products.update(id, body, expected), this.prices);
  }

  @Put('products/:id/content/:locale')
  @RequirePermission('product-content:write')
  @ApiOperation({
    summary: 'Set the product copy in one language (zh-CN or en); the description is sanitised.',
  })
  @ApiOkResponse({ type: ProductResponse })
  @ApiProblemResponses(400, 404)
  async setContent(
    @Param() params: ProductContentParams,
    @Body() body: ProductContentDto,
  ): Promise<ProductResponse> {
    return productResponse(await this.products.setContent(params.id, params.locale, body), this.prices);
  }

  @Post('products/:id/skus')
  @RequirePermission('catalog:write')
  @ApiOperation({ summary: 'Add a SKU (variant) to a product.' })
  @ApiCreatedResponse({ type: SkuView })
  @ApiProblemResponses(400, 404, 409)
  async addSku(@Param('id', ParseUUIDPipe) id: string, @Body() body: SkuInput): Promise<SkuView> {
    return SkuView.from(await this.products.addSku(id, body), {}, visibleChannels());
  }

  @Patch('skus/:id')
  @RequirePermission('catalog:write')
  @ApiOperation({ summary: 'Change a SKU, or discontinue it.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: SkuView })
  @ApiProblemResponses(400, 404, 409, 412)
  async updateSku(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateSkuDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<SkuView> {
    const sku = await this.products.updateSku(id, body, expected);
    const current = await this.prices.currentPrices([sku.id]);
    return SkuView.from(sku, current.get(sku.id), visibleChannels());
  }

  @Get('products/:id/listing-readiness')
  @RequirePermission('catalog:read')
  @ApiOperation({
    summary: 'What still stops the product from being listed (image, website prices, margins).',
  })
  @ApiOkResponse({ type: ListingReadinessResponse })
  @ApiProblemResponses(400, 404)
  async readiness(@Param('id', ParseUUIDPipe) id: string): Promise<ListingReadinessResponse> {
    const blockers = await this.products.readiness(id);
    return { ready: blockers.length === 0, blockers };
  }

  @Post('products/:id/submit-for-review')
  @HttpCode(200)
  @RequirePermission('catalog:write', 'product-content:write')
  @ApiOperation({ summary: 'Send a draft or delisted product for review.' })
  @ApiOkResponse({ type: ProductResponse })
  @ApiProblemResponses(400, 404, 422)
  async submit(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ListingActionDto,
  ): Promise<ProductResponse> {
    return productResponse(await this.products.transition(id, 'submit', body.comment), this.prices);
  }

  @Post('products/:id/list')
  @HttpCode(200)
  @RequirePermission('products:review')
  @ApiOperation({
    summary: 'List (上架) a reviewed product: it needs an image, website prices and margins that pass.',
  })
  @ApiOkResponse({ type: ProductResponse })
  @ApiProblemResponses(400, 404, 422)
  async listProduct(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ListingActionDto,
  ): Promise<ProductResponse> {
    return productResponse(await this.products.transition(id, 'list', body.comment), this.prices);
  }

  @Post('products/:id/reject')
  @HttpCode(200)
  @RequirePermission('products:review')
  @ApiOperation({ summary: 'Send a product in review back to draft, with a comment.' })
  @ApiOkResponse({ type: ProductResponse })
  @ApiProblemResponses(400, 404, 422)
  async reject(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ListingActionDto,
  ): Promise<ProductResponse> {
    return productResponse(await this.products.transition(id, 'reject', body.comment), this.prices);
  }

  @Post('products/:id/delist')
  @HttpCode(200)
  @RequirePermission('products:review')
  @ApiOperation({ summary: 'Delist (下架) a product: the website stops showing it.' })
  @ApiOkResponse({ type: ProductResponse })
  @ApiProblemResponses(400, 404, 422)
  async delist(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ListingActionDto,
  ): Promise<ProductResponse> {
    return productResponse(await this.products.transition(id, 'delist', body.comment), this.prices);
  }
}
