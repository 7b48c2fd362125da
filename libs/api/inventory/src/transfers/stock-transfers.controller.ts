import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
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
import { WarehousesService } from '../warehouses/warehouses.service';
import {
  CreateStockTransferDto,
  ListStockTransfersQuery,
  StockTransferResponse,
} from './dto/stock-transfer.dto';
import { StockTransfersService } from './stock-transfers.service';

@ApiTags('inventory')
@Controller('stock-transfers')
export class StockTransfersController {
  constructor(
    private readonly transfers: StockTransfersService,
    private readonly warehouses: WarehousesService,
  ) {}

  @Get()
  @RequirePermission('stock:read')
  @ApiOperation({ summary: 'Transfers from or to the caller’s warehouses, newest first.' })
  @ApiPageResponse(StockTransferResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListStockTransfersQuery): Promise<Page<StockTransferResponse>> {
    return this.transfers.list(query, await this.warehouses.scopeOf('stock:read'));
  }

  @Get(':id')
  @RequirePermission('stock:read')
  @ApiOperation({ summary: 'One transfer with its lines.' })
  @ApiOkResponse({ type: StockTransferResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<StockTransferResponse> {
    return this.transfers.get(id, await this.warehouses.scopeOf('stock:read'));
  }

  @Post()
  @RequirePermission('stock:transfer')
  @ApiOperation({
    summary: 'Send stock to another warehouse: it leaves now and is in transit until received.',
  })
  @ApiCreatedResponse({ type: StockTransferResponse })
  @ApiProblemResponses(400, 409, 422)
  async create(
    @Body() body: CreateStockTransferDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StockTransferResponse> {
    const transfer = await this.transfers.create(body, await this.warehouses.scopeOf('stock:transfer'));
    void reply.header('Location', `/api/v1/stock-transfers/${transfer.id}`);
    return transfer;
  }

  @Post(':id/receive')
  @HttpCode(200)
  @RequirePermission('stock:transfer')
  @ApiOperation({ summary: 'Book a transfer in at the receiving warehouse.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: StockTransferResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async receive(
    @Param('id', ParseUUIDPipe) id: string,
    @IfMatch() expected: number[] | undefined,
  ): Promise<StockTransferResponse> {
    return this.transfers.receive(id, expected, await this.warehouses.scopeOf('stock:transfer'));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @RequirePermission('stock:transfer')
  @ApiOperation({ summary: 'Cancel a transfer in transit: the goods return to the sender.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: StockTransferResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async cancel(
    @Param('id', ParseUUIDPipe) id: string,
    @IfMatch() expected: number[] | undefined,
  ): Promise<StockTransferResponse> {
    return this.transfers.cancel(id, expected, await this.warehouses.scopeOf('stock:transfer'));
  }
}
