import { Body, Controller, Get, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiIfMatch,
  ApiPageResponse,
  ApiProblemResponses,
  IfMatch,
  Page,
  RequirePermission,
} from '@zhanggui/api-platform';
import { WarehousesService } from '../warehouses/warehouses.service';
import { ListStockAlertsQuery, StockAlertResponse } from './dto/stock-alert.dto';
import { ListStockLevelsQuery, ReorderSettingsDto, StockLevelResponse } from './dto/stock-level.dto';
import { StockHistoryService } from './stock-history.service';
import { StockLevelsService } from './stock-levels.service';

@ApiTags('inventory')
@Controller()
export class StockLevelsController {
  constructor(
    private readonly levels: StockLevelsService,
    private readonly history: StockHistoryService,
    private readonly warehouses: WarehousesService,
  ) {}

  @Get('stock-levels')
  @RequirePermission('stock:read')
  @ApiOperation({
    summary: 'On hand, reserved and available per SKU and warehouse, within the caller’s territory.',
  })
  @ApiPageResponse(StockLevelResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListStockLevelsQuery): Promise<Page<StockLevelResponse>> {
    return this.levels.list(query, await this.warehouses.scopeOf('stock:read'));
  }

  @Put('stock-levels/:skuId/:warehouseId/reorder')
  @RequirePermission('stock:reorder')
  @ApiOperation({ summary: 'Set the reorder point and safety stock of a SKU in a warehouse.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: StockLevelResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async setReorder(
    @Param('skuId', ParseUUIDPipe) skuId: string,
    @Param('warehouseId', ParseUUIDPipe) warehouseId: string,
    @Body() body: ReorderSettingsDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<StockLevelResponse> {
    const scope = await this.warehouses.scopeOf('stock:reorder');
    return this.levels.setReorder(skuId, warehouseId, body, expected, scope);
  }

  @Get('stock-alerts')
  @RequirePermission('stock:read')
  @ApiOperation({ summary: 'Low-stock alerts, newest first (open ones unless asked otherwise).' })
  @ApiPageResponse(StockAlertResponse)
  @ApiProblemResponses(400)
  async alerts(@Query() query: ListStockAlertsQuery): Promise<Page<StockAlertResponse>> {
    return this.history.alerts(query, await this.warehouses.scopeOf('stock:read'));
  }
}
