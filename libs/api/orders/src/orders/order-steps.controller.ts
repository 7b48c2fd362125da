import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiIfMatch, ApiProblemResponses, IfMatch, RequirePermission } from '@zhanggui/api-platform';
import { CancelOrderDto, OrderStepDto, ShipOrderDto } from './dto/order-input.dto';
import { OrderResponse } from './dto/order.response';
import { OrderQueriesService } from './order-queries.service';
import { OrderTransitionsService } from './order-transitions.service';
import { orderResponse } from './order-views';
import type { Order } from './order.entity';

/** One route per step of an order's life; a step its status does not allow is 409 ORDER_TRANSITION_NOT_ALLOWED. */
@ApiTags('orders')
@Controller('orders/:id')
export class OrderStepsController {
  constructor(
    private readonly transitions: OrderTransitionsService,
    private readonly queries: OrderQueriesService,
  ) {}

  @Post('allocate')
  @HttpCode(200)
  @RequirePermission('orders:fulfil')
  @ApiOperation({ summary: 'Confirmed → allocated: the warehouse has picked it.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: OrderResponse })
  @ApiProblemResponses(400, 404, 409, 412)
  async allocate(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: OrderStepDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<OrderResponse> {
    return this.respond(await this.transitions.allocate(id, expected, body.note));
  }

  @Post('ship')
  @HttpCode(200)
  @RequirePermission('orders:fulfil')
  @ApiOperation({
    summary:
      'Allocated → shipped, with carrier, tracking number and the city logistics staff member carrying it; the reserved stock leaves the warehouse.',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: OrderResponse })
  @ApiProblemResponses(400, 404, 409, 412, 422)
  async ship(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ShipOrderDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<OrderResponse> {
    return this.respond(await this.transitions.ship(id, body, expected));
  }

  @Post('deliver')
  @HttpCode(200)
  @RequirePermission('orders:fulfil')
  @ApiOperation({ summary: 'Shipped → delivered.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: OrderResponse })
  @ApiProblemResponses(400, 404, 409, 412)
  async deliver(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: OrderStepDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<OrderResponse> {
    return this.respond(await this.transitions.deliver(id, expected, body.note));
  }

  @Post('complete')
  @HttpCode(200)
  @RequirePermission('orders:complete')
  @ApiOperation({ summary: 'Delivered → completed (after the return window).' })
  @ApiIfMatch()
  @ApiOkResponse({ type: OrderResponse })
  @ApiProblemResponses(400, 404, 409, 412)
  async complete(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: OrderStepDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<OrderResponse> {
    return this.respond(await this.transitions.complete(id, expected, body.note));
  }

  @Post('cancel')
  @HttpCode(200)
  @RequirePermission('orders:cancel')
  @ApiOperation({ summary: 'Cancel before shipment, with a reason; the reserved stock is released.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: OrderResponse })
  @ApiProblemResponses(400, 404, 409, 412)
  async cancel(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CancelOrderDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<OrderResponse> {
    return this.respond(await this.transitions.cancel(id, body.reason, expected));
  }

  private async respond(order: Order): Promise<OrderResponse> {
    return orderResponse(await this.queries.detailOf(order));
  }
}
