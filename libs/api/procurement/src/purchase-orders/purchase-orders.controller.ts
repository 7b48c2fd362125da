import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
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
import { DocumentHistory } from '../history/document-history';
import { HistoryEntryResponse } from '../history/history.dto';
import {
  CancelPurchaseOrderDto,
  CreatePurchaseOrderDto,
  ListPurchaseOrdersQuery,
  PurchaseOrderResponse,
  PurchaseOrderSummary,
  UpdatePurchaseOrderDto,
} from './dto/purchase-order.dto';
import { ProcurementReferences } from './purchase-order-references';
import { purchaseOrderResponse, purchaseOrderSummary } from './purchase-order-views';
import { PurchaseOrderDetail, PurchaseOrdersService } from './purchase-orders.service';

@ApiTags('procurement')
@Controller('purchase-orders')
export class PurchaseOrdersController {
  constructor(
    private readonly orders: PurchaseOrdersService,
    private readonly references: ProcurementReferences,
    private readonly history: DocumentHistory,
  ) {}

  @Get()
  @RequirePermission('purchase-orders:read')
  @ApiOperation({ summary: 'Purchase orders, newest first; filter by status or supplier.' })
  @ApiPageResponse(PurchaseOrderSummary)
  @ApiProblemResponses(400)
  async list(@Query() query: ListPurchaseOrdersQuery): Promise<Page<PurchaseOrderSummary>> {
    const page = await this.orders.list(query);
    const names = await this.orders.supplierNames(page.data.map((po) => po.supplierId));
    return { ...page, data: page.data.map((po) => purchaseOrderSummary(po, names.get(po.supplierId))) };
  }

  @Get(':id')
  @RequirePermission('purchase-orders:read')
  @ApiOperation({ summary: 'One purchase order with its lines and what has arrived.' })
  @ApiOkResponse({ type: PurchaseOrderResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<PurchaseOrderResponse> {
    return this.respond(await this.orders.get(id));
  }

  @Get(':id/history')
  @RequirePermission('purchase-orders:read')
  @ApiOperation({ summary: 'What happened to the order: created, submitted, approved, sent, received…' })
  @ApiOkResponse({ type: [HistoryEntryResponse] })
  @ApiProblemResponses(400, 404)
  async historyOf(@Param('id', ParseUUIDPipe) id: string): Promise<HistoryEntryResponse[]> {
    await this.orders.get(id);
    return (await this.history.of(id)).map(HistoryEntryResponse.from);
  }

  @Post()
  @RequirePermission('purchase-orders:write')
  @ApiOperation({ summary: 'Draft a purchase order: supplier, warehouse, lines in 分, expected date.' })
  @ApiCreatedResponse({ type: PurchaseOrderResponse })
  @ApiProblemResponses(400, 404, 422)
  async create(
    @Body() body: CreatePurchaseOrderDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PurchaseOrderResponse> {
    const detail = await this.orders.create(body);
    void reply.header('Location', `/api/v1/purchase-orders/${detail.order.id}`);
    return this.respond(detail);
  }

  @Patch(':id')
  @RequirePermission('purchase-orders:write')
  @ApiOperation({ summary: 'Change a draft order; `lines` replaces every line.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: PurchaseOrderResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdatePurchaseOrderDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<PurchaseOrderResponse> {
    return this.respond(await this.orders.update(id, body, expected));
  }

  @Post(':id/submit')
  @HttpCode(200)
  @RequirePermission('purchase-orders:write')
  @ApiOperation({
    summary:
      'Submit a draft: approved at once up to the approval threshold, above it sent to the general manager.',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: PurchaseOrderResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async submit(
    @Param('id', ParseUUIDPipe) id: string,
    @IfMatch() expected: number[] | undefined,
  ): Promise<PurchaseOrderResponse> {
    return this.respond(await this.orders.submit(id, expected));
  }

  @Post(':id/send')
  @HttpCode(200)
  @RequirePermission('purchase-orders:write')
  @ApiOperation({ summary: 'Mark an approved order as sent to the supplier.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: PurchaseOrderResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async send(
    @Param('id', ParseUUIDPipe) id: string,
    @IfMatch() expected: number[] | undefined,
  ): Promise<PurchaseOrderResponse> {
    return this.respond(await this.orders.send(id, expected));
  }

  @Post(':id/close')
  @HttpCode(200)
  @RequirePermission('purchase-orders:write')
  @ApiOperation({ summary: 'Close a received order, or a partially received one short.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: PurchaseOrderResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async close(
    @Param('id', ParseUUIDPipe) id: string,
    @IfMatch() expected: number[] | undefined,
  ): Promise<PurchaseOrderResponse> {
    return this.respond(await this.orders.close(id, expected));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @RequirePermission('purchase-orders:write')
  @ApiOperation({ summary: 'Cancel a draft, approved or sent order (nothing received yet).' })
  @ApiIfMatch()
  @ApiOkResponse({ type: PurchaseOrderResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async cancel(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CancelPurchaseOrderDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<PurchaseOrderResponse> {
    return this.respond(await this.orders.cancel(id, body.reason, expected));
  }

  private async respond(detail: PurchaseOrderDetail): Promise<PurchaseOrderResponse> {
    const names = await this.orders.supplierNames([detail.order.supplierId]);
    const skus = await this.references.skuSummaries(detail.lines.map((line) => line.skuId));
    return purchaseOrderResponse(detail, names.get(detail.order.supplierId), skus);
  }
}
