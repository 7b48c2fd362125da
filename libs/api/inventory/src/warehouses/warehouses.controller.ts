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
  mapPage,
  Page,
  RequirePermission,
} from '@zhanggui/api-platform';
import {
  CreateWarehouseDto,
  ListWarehousesQuery,
  UpdateWarehouseDto,
  WarehouseResponse,
} from './dto/warehouse.dto';
import { WarehousesService } from './warehouses.service';

@ApiTags('inventory')
@Controller('warehouses')
export class WarehousesController {
  constructor(private readonly warehouses: WarehousesService) {}

  @Get()
  @RequirePermission('warehouses:read')
  @ApiOperation({ summary: 'Warehouses the caller may see (their territory and below), by code.' })
  @ApiPageResponse(WarehouseResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListWarehousesQuery): Promise<Page<WarehouseResponse>> {
    const scope = await this.warehouses.scopeOf('warehouses:read');
    return mapPage(await this.warehouses.list(query, scope), WarehouseResponse.from);
  }

  @Get(':id')
  @RequirePermission('warehouses:read')
  @ApiOperation({ summary: 'One warehouse.' })
  @ApiOkResponse({ type: WarehouseResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<WarehouseResponse> {
    const scope = await this.warehouses.scopeOf('warehouses:read');
    return WarehouseResponse.from(await this.warehouses.getVisible(id, scope));
  }

  @Post()
  @RequirePermission('warehouses:write')
  @ApiOperation({ summary: 'Add a warehouse, optionally tied to the province, region or city it serves.' })
  @ApiCreatedResponse({ type: WarehouseResponse })
  @ApiProblemResponses(400, 409, 422)
  async create(
    @Body() body: CreateWarehouseDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WarehouseResponse> {
    const warehouse = await this.warehouses.create(body);
    void reply.header('Location', `/api/v1/warehouses/${warehouse.id}`);
    return WarehouseResponse.from(warehouse);
  }

  @Patch(':id')
  @RequirePermission('warehouses:write')
  @ApiOperation({ summary: 'Rename a warehouse or move it to another territory.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: WarehouseResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateWarehouseDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<WarehouseResponse> {
    const scope = await this.warehouses.scopeOf('warehouses:write');
    return WarehouseResponse.from(await this.warehouses.update(id, body, expected, scope));
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @RequirePermission('warehouses:write')
  @ApiOperation({ summary: 'Stop using an empty warehouse; its history stays.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: WarehouseResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async deactivate(
    @Param('id', ParseUUIDPipe) id: string,
    @IfMatch() expected: number[] | undefined,
  ): Promise<WarehouseResponse> {
    const scope = await this.warehouses.scopeOf('warehouses:write');
    return WarehouseResponse.from(await this.warehouses.setActive(id, false, expected, scope));
  }

  @Post(':id/activate')
  @HttpCode(200)
  @RequirePermission('warehouses:write')
  @ApiOperation({ summary: 'Use a deactivated warehouse again.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: WarehouseResponse })
  @ApiProblemResponses(400, 404, 412)
  async activate(
    @Param('id', ParseUUIDPipe) id: string,
    @IfMatch() expected: number[] | undefined,
  ): Promise<WarehouseResponse> {
    const scope = await this.warehouses.scopeOf('warehouses:write');
    return WarehouseResponse.from(await this.warehouses.setActive(id, true, expected, scope));
  }
}
