import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, SignedIn } from '@zhanggui/api-platform';
import { ChinaDivisions } from './china-divisions';
import { DivisionNotFoundError } from './division.errors';
import { DivisionListResponse, ListDivisionsQuery } from './dto/division.dto';

@ApiTags('customers')
@Controller('china-divisions')
export class ChinaDivisionsController {
  constructor(private readonly divisions: ChinaDivisions) {}

  /** Public reference data, so any signed-in person or key may read it (the website's address form too). */
  @Get()
  @SignedIn()
  @ApiOperation({
    summary:
      'Mainland China’s provinces, or the cities of a province, or the districts of a city (GB/T 2260), for a cascader.',
  })
  @ApiOkResponse({ type: DivisionListResponse })
  @ApiProblemResponses(400, 404)
  list(@Query() query: ListDivisionsQuery): DivisionListResponse {
    const children = this.divisions.childrenOf(query.parent);
    if (!children) throw new DivisionNotFoundError(query.parent!);
    return { data: children };
  }
}
