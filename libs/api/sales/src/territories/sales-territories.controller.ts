import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, RequirePermission } from '@zhanggui/api-platform';
import { LogisticsPartnersService } from '../logistics/logistics-partners.service';
import { SalesTerritoryNotFoundError } from '../sales.errors';
import { salesScope, scopeParam } from '../shared/sales-scope';
import { TerritoryListResponse, TerritoryResponse } from './dto/territory.dto';
import { TerritoryDirectory, TerritoryUnit } from './territory-directory';

/** The territory tree as sales sees it: a few hundred units at most, so the whole reach in one answer. */
@ApiTags('sales')
@Controller('sales-territories')
export class SalesTerritoriesController {
  constructor(
    private readonly directory: TerritoryDirectory,
    private readonly partners: LogisticsPartnersService,
  ) {}

  @Get()
  @RequirePermission('sales-territories:read')
  @ApiOperation({
    summary:
      'Provinces, regions and cities within one’s territory, with their managers and logistics partners.',
  })
  @ApiOkResponse({ type: TerritoryListResponse })
  @ApiProblemResponses(400)
  async list(): Promise<TerritoryListResponse> {
    const units = await this.directory.units(scopeParam(await salesScope('sales-territories:read')));
    return { data: await this.describe(units) };
  }

  @Get(':id')
  @RequirePermission('sales-territories:read')
  @ApiOperation({ summary: 'One territory with its managers and logistics partners.' })
  @ApiOkResponse({ type: TerritoryResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<TerritoryResponse> {
    const scope = scopeParam(await salesScope('sales-territories:read'));
    const units = await this.directory.units(scope && !scope.includes(id) ? [] : [id]);
    if (units.length === 0) throw new SalesTerritoryNotFoundError(id);
    return (await this.describe(units))[0];
  }

  private async describe(units: TerritoryUnit[]): Promise<TerritoryResponse[]> {
    const regionIds = new Set<string>();
    for (const unit of units) {
      if (unit.kind === 'region') regionIds.add(unit.id);
      if (unit.kind === 'city' && unit.parentId) regionIds.add(unit.parentId);
    }
    const partners = await this.partners.byRegions([...regionIds]);
    return units.map((unit) => ({
      ...unit,
      logisticsPartners: partners
        .filter((p) => (unit.kind === 'region' ? p.regionId === unit.id : p.cityIds.includes(unit.id)))
        .map((p) => ({ id: p.id, name: p.name, status: p.status, cityIds: p.cityIds })),
    }));
  }
}
