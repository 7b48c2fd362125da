import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, InvalidInputError, RequirePermission } from '@zhanggui/api-platform';
import { PERIOD_PATTERN, PeriodResponse, ReopenPeriodDto } from './dto/period.dto';
import { LedgerReportsService } from './ledger-reports.service';
import { PeriodsService } from './periods.service';

function periodCode(code: string): string {
  if (!PERIOD_PATTERN.test(code))
    throw new InvalidInputError('VALIDATION_FAILED', 'period must be a month such as 2026-11', [
      { field: 'code', message: 'must be a month such as 2026-11' },
    ]);
  return code;
}

@ApiTags('finance')
@Controller('accounting-periods')
export class PeriodsController {
  constructor(
    private readonly periods: PeriodsService,
    private readonly reports: LedgerReportsService,
  ) {}

  @Get()
  @RequirePermission('ledger:read')
  @ApiOperation({ summary: 'Accounting periods, newest first (a month opens with its first posting).' })
  @ApiOkResponse({ type: [PeriodResponse] })
  async list(): Promise<PeriodResponse[]> {
    return (await this.periods.list()).map(PeriodResponse.from);
  }

  @Get(':code')
  @RequirePermission('ledger:read')
  @ApiOperation({ summary: 'One period.' })
  @ApiParam({ name: 'code', example: '2026-11' })
  @ApiOkResponse({ type: PeriodResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('code') code: string): Promise<PeriodResponse> {
    return PeriodResponse.from(await this.periods.get(periodCode(code)));
  }

  @Post(':code/close')
  @HttpCode(200)
  @RequirePermission('accounting-periods:close')
  @ApiOperation({
    summary:
      'Close a month (结账): earlier months must be closed, no drafts left, the trial balance must balance. Nothing posts into it afterwards; automatic postings dated in it land in the next open month.',
  })
  @ApiParam({ name: 'code', example: '2026-11' })
  @ApiOkResponse({ type: PeriodResponse })
  @ApiProblemResponses(400, 422)
  async close(@Param('code') code: string): Promise<PeriodResponse> {
    return PeriodResponse.from(
      await this.periods.close(periodCode(code), (period) => this.reports.assertBalanced(period)),
    );
  }

  @Post(':code/reopen')
  @HttpCode(200)
  @RequirePermission('accounting-periods:reopen')
  @ApiOperation({
    summary: 'Reopen a closed month (反结账), latest first, with a reason; recorded in the audit log.',
  })
  @ApiParam({ name: 'code', example: '2026-11' })
  @ApiOkResponse({ type: PeriodResponse })
  @ApiProblemResponses(400, 404, 422)
  async reopen(@Param('code') code: string, @Body() body: ReopenPeriodDto): Promise<PeriodResponse> {
    return PeriodResponse.from(await this.periods.reopen(periodCode(code), body.reason));
  }
}
