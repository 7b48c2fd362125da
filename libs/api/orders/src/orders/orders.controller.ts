import {
  Body,
  Controller,
  Get,
  Headers,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiIfMatch,
  ApiPageResponse,
  ApiProblemResponses,
  currentActor,
  IfMatch,
  Page,
  RequirePermission,
} from '@zhanggui/api-platform';
import { ListOrdersQuery } from './dto/list-orders.query';
import { AddOrderNoteDto, CreateOrderDto, UpdateOrderDto } from './dto/order-input.dto';
import { OrderNoteView, OrderResponse, OrderSummary, OrderTimelineEntryView } from './dto/order.response';
import { OrderEditsService } from './order-edits.service';
import { OrderPlacementService } from './order-placement.service';
import { OrderQueriesService } from './order-queries.service';
import { orderResponse, orderSummary, timelineView } from './order-views';
import { IdempotencyKeyRequiredError } from './order.errors';

@ApiTags('orders')
@Controller('orders')
export class OrdersController {
  constructor(
    private readonly placement: OrderPlacementService,
    private readonly queries: OrderQueriesService,
    private readonly edits: OrderEditsService,
  ) {}

  @Get()
  @RequirePermission('orders:read')
  @ApiOperation({
    summary:
      'Orders of the caller’s territories (an API key: the orders it placed), newest first; filter by status, territory, payment method, channel, placing time, customer, or q (order number prefix or recipient phone).',
  })
  @ApiPageResponse(OrderSummary)
  @ApiProblemResponses(400)
  async list(@Query() query: ListOrdersQuery): Promise<Page<OrderSummary>> {
    const { page, customerNames } = await this.queries.list(query);
    return {
      ...page,
      data: page.data.map((order) => orderSummary(order, customerNames.get(order.customerId) ?? null)),
    };
  }

  @Get(':id')
  @RequirePermission('orders:read')
  @ApiOperation({ summary: 'One order with its lines, address, payments, notes and timeline.' })
  @ApiOkResponse({ type: OrderResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<OrderResponse> {
    return orderResponse(await this.queries.detail(id));
  }

  @Get(':id/timeline')
  @RequirePermission('orders:read')
  @ApiOperation({ summary: 'What happened to the order: who moved it from which status to which, and when.' })
  @ApiOkResponse({ type: [OrderTimelineEntryView] })
  @ApiProblemResponses(400, 404)
  async timeline(@Param('id', ParseUUIDPipe) id: string): Promise<OrderTimelineEntryView[]> {
    return (await this.queries.timelineOf(id)).map(timelineView);
  }

  @Post()
  @RequirePermission('orders:create')
  @ApiOperation({
    summary:
      'Place an order: priced by the catalog for the shipping city’s territory, stock reserved in the warehouse serving the city, all or nothing. COD orders start confirmed, prepaid ones pending_payment. A shortage is 409 INSUFFICIENT_STOCK naming each SKU with what was requested and what is available.',
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Required for API keys: a retry with the same key returns the same order.',
  })
  @ApiCreatedResponse({ type: OrderResponse })
  @ApiProblemResponses(400, 409, 422)
  async create(
    @Body() body: CreateOrderDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrderResponse> {
    // A partner's retry after a timeout must not place a second order: keys make retries safe.
    if (currentActor()?.kind === 'api-key' && !idempotencyKey) throw new IdempotencyKeyRequiredError();
    const placed = await this.placement.place(body);
    void reply.header('Location', `/api/v1/orders/${placed.order.id}`);
    return orderResponse(placed);
  }

  @Patch(':id')
  @RequirePermission('orders:write')
  @ApiOperation({
    summary:
      'Change an order before it ships: `lines` replaces its lines, `shippingAddress` its address. Re-priced and re-reserved at once; the price difference shows as priceDifference (and amountDue/refundDue once paid).',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: OrderResponse })
  @ApiProblemResponses(400, 404, 409, 412, 422)
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateOrderDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<OrderResponse> {
    return orderResponse(await this.queries.detailOf(await this.edits.update(id, body, expected)));
  }

  @Post(':id/notes')
  @RequirePermission('orders:write')
  @ApiOperation({ summary: 'Add a note, or an internal remark (staff only), to an order.' })
  @ApiCreatedResponse({ type: OrderNoteView })
  @ApiProblemResponses(400, 404)
  async addNote(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AddOrderNoteDto,
  ): Promise<OrderNoteView> {
    const note = await this.edits.addNote(id, body);
    return {
      id: note.id,
      text: note.text,
      internal: note.internal,
      authorLabel: note.authorLabel,
      createdAt: note.createdAt,
    };
  }
}
