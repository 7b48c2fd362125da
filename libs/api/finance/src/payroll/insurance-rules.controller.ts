import { Body, Controller, Get, Param, ParseIntPipe, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, InvalidInputError, RequirePermission } from '@zhanggui/api-platform';
import {
  InsuranceRuleResponse,
  ListInsuranceRulesQuery,
  PutInsuranceRuleDto,
} from './dto/insurance-rule.dto';
import { InsuranceRulesService } from './insurance-rules.service';

const CITY = /^[\p{Script=Han}A-Za-z]{2,20}$/u;

@ApiTags('finance')
@Controller('social-insurance-rules')
export class InsuranceRulesController {
  constructor(private readonly rules: InsuranceRulesService) {}

  @Get()
  @RequirePermission('salary-structures:read')
  @ApiOperation({ summary: '五险一金 rules per city and year (rates in basis points, bases in 分).' })
  @ApiOkResponse({ type: [InsuranceRuleResponse] })
  @ApiProblemResponses(400)
  async list(@Query() query: ListInsuranceRulesQuery): Promise<InsuranceRuleResponse[]> {
    return (await this.rules.list(query.year)).map(InsuranceRuleResponse.from);
  }

  @Put(':city/:year')
  @RequirePermission('salary-structures:write')
  @ApiOperation({ summary: 'Set a city’s rule for a year (the year’s bases, as the city announces them).' })
  @ApiParam({ name: 'city', example: '北京' })
  @ApiParam({ name: 'year', example: 2026 })
  @ApiOkResponse({ type: InsuranceRuleResponse })
  @ApiProblemResponses(400)
  async put(
    @Param('city') city: string,
    @Param('year', ParseIntPipe) year: number,
    @Body() body: PutInsuranceRuleDto,
  ): Promise<InsuranceRuleResponse> {
    if (!CITY.test(city) || year < 2000 || year > 2100)
      throw new InvalidInputError('VALIDATION_FAILED', 'city must be a city name and year a year', [
        { field: CITY.test(city) ? 'year' : 'city', message: 'invalid' },
      ]);
    return InsuranceRuleResponse.from(await this.rules.put(city, year, body));
  }
}
