import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, RequirePermission } from '@zhanggui/api-platform';
import { ChinaDivisions } from '../divisions/china-divisions';
import {
  MapTerritoryCityDto,
  TerritoryCityListResponse,
  TerritoryCityParams,
  TerritoryCityResponse,
} from './dto/territory-city.dto';
import { TerritoryCitiesService } from './territory-cities.service';

/** A few hundred cities at most: the whole map in one answer. */
@ApiTags('customers')
@Controller('territory-cities')
export class TerritoryCitiesController {
  constructor(
    private readonly territories: TerritoryCitiesService,
    private readonly divisions: ChinaDivisions,
  ) {}

  @Get()
  @RequirePermission('customers:read', 'territory-cities:write')
  @ApiOperation({ summary: 'Which sales territory serves which city (customers there belong to it).' })
  @ApiOkResponse({ type: TerritoryCityListResponse })
  async list(): Promise<TerritoryCityListResponse> {
    return {
      data: (await this.territories.list()).map((m) => TerritoryCityResponse.from(m, this.divisions)),
    };
  }

  @Put(':cityCode')
  @RequirePermission('territory-cities:write')
  @ApiOperation({
    summary:
      'Map a city to the territory serving it; customers whose default address is there move to it (unless their territory was set by hand).',
  })
  @ApiOkResponse({ type: TerritoryCityResponse })
  @ApiProblemResponses(400)
  async map(
    @Param() params: TerritoryCityParams,
    @Body() body: MapTerritoryCityDto,
  ): Promise<TerritoryCityResponse> {
    return TerritoryCityResponse.from(
      await this.territories.map(params.cityCode, body.orgUnitId),
      this.divisions,
    );
  }

  @Delete(':cityCode')
  @HttpCode(204)
  @RequirePermission('territory-cities:write')
  @ApiOperation({ summary: 'Unmap a city; its customers that followed the mapping lose their territory.' })
  @ApiNoContentResponse()
  @ApiProblemResponses(400, 404)
  async unmap(@Param() params: TerritoryCityParams): Promise<void> {
    await this.territories.unmap(params.cityCode);
  }
}
