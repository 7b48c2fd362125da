import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiPageResponse, ApiProblemResponses, Page, RequirePermission } from '@zhanggui/api-platform';
import { WarehousesService } from '../warehouses/warehouses.service';
import {
  CreateStockAdjustmentDto,
  ListStockMovementsQuery,
  StockMovementResponse,
} from './dto/stock-movement.dto';
import { StockAdjustmentsService } from './stock-adjustments.service';
import { StockHistoryService } from './stock-history.service';

@ApiTags('inventory')
@Controller()
export class StockMovementsController {
  constructor(
    private readonly history: StockHistoryService,
    private readonly adjustments: StockAdjustmentsService,
    private readonly warehouses: WarehousesService,
  ) {}

  @Get('stock-movements')
  @RequirePermission('stock-movements:read')
  @ApiOperation({
    summary: 'The stock ledger, newest first: every change with who, why and the source document.',
  })
  @ApiPageResponse(StockMovementResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListStockMovementsQuery): Promise<Page<StockMovementResponse>> {
    return this.history.movements(query, await this.warehouses.scopeOf('stock-movements:read'));
  }

  @Get('stock-movements/:id')
  @RequirePermission('stock-movements:read')
  @ApiOperation({ summary: 'One stock movement.' })
  @ApiOkResponse({ type: StockMovementResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<StockMovementResponse> {
    return this.history.movement(id, await this.warehouses.scopeOf('stock-movements:read'));
  }

  @Post('stock-adjustments')
  @RequirePermission('stock:adjust')
  @ApiOperation({
    summary:
      'Correct a balance by hand (negative takes away), with a reason; never below zero or below reserved.',
  })
  @ApiCreatedResponse({ type: StockMovementResponse })
  @ApiProblemResponses(400, 422)
  async adjust(
    @Body() body: CreateStockAdjustmentDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StockMovementResponse> {
    const scope = await this.warehouses.scopeOf('stock:adjust');
    const applied = await this.adjustments.adjust(body, scope);
    void reply.header('Location', `/api/v1/stock-movements/${applied.movementId}`);
    return this.history.movement(applied.movementId, scope);
  }
}
