import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiPageResponse, ApiProblemResponses, Page, RequirePermission } from '@zhanggui/api-platform';
import { WarehousesService } from '../warehouses/warehouses.service';
import { CreateStocktakeDto, ListStocktakesQuery, StocktakeResponse } from './dto/stocktake.dto';
import { StocktakesService } from './stocktakes.service';

@ApiTags('inventory')
@Controller('stocktakes')
export class StocktakesController {
  constructor(
    private readonly stocktakes: StocktakesService,
    private readonly warehouses: WarehousesService,
  ) {}

  @Get()
  @RequirePermission('stock-movements:read')
  @ApiOperation({ summary: 'Stocktakes, newest first (without their lines).' })
  @ApiPageResponse(StocktakeResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListStocktakesQuery): Promise<Page<StocktakeResponse>> {
    return this.stocktakes.list(query, await this.warehouses.scopeOf('stock-movements:read'));
  }

  @Get(':id')
  @RequirePermission('stock-movements:read')
  @ApiOperation({ summary: 'One stocktake with every counted line.' })
  @ApiOkResponse({ type: StocktakeResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<StocktakeResponse> {
    return this.stocktakes.get(id, await this.warehouses.scopeOf('stock-movements:read'));
  }

  @Post()
  @RequirePermission('stock:adjust')
  @ApiOperation({
    summary: 'Book a count of some SKUs in a warehouse: each difference becomes a stocktake movement.',
  })
  @ApiCreatedResponse({ type: StocktakeResponse })
  @ApiProblemResponses(400, 422)
  async create(
    @Body() body: CreateStocktakeDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StocktakeResponse> {
    const stocktake = await this.stocktakes.create(body, await this.warehouses.scopeOf('stock:adjust'));
    void reply.header('Location', `/api/v1/stocktakes/${stocktake.id}`);
    return stocktake;
  }
}
