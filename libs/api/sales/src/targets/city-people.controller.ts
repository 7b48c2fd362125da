import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, RequirePermission } from '@zhanggui/api-platform';
import { SalesTerritoryNotFoundError } from '../sales.errors';
import { inScope, salesScope } from '../shared/sales-scope';
import { CityPeople } from './city-people';
import { CityPeopleResponse } from './dto/city-people.dto';

/** Whom a city's target can go to: the allocation form's choices below a city. */
@ApiTags('sales')
@Controller('sales-territories')
export class CityPeopleController {
  constructor(private readonly people: CityPeople) {}

  @Get(':id/people')
  @RequirePermission('sales-targets:allocate')
  @ApiOperation({
    summary: 'The active people of a city within one’s territory, to allocate the city’s target to.',
  })
  @ApiOkResponse({ type: CityPeopleResponse })
  @ApiProblemResponses(400, 404)
  async list(@Param('id', ParseUUIDPipe) id: string): Promise<CityPeopleResponse> {
    const people = inScope(await salesScope('sales-targets:allocate'), id)
      ? await this.people.of(id)
      : undefined;
    if (!people) throw new SalesTerritoryNotFoundError(id);
    return { data: people };
  }
}
