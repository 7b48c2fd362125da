import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiPageResponse,
  ApiProblemResponses,
  mapPage,
  Page,
  RequirePermission,
} from '@zhanggui/api-platform';
import {
  ListOperatingReportsQuery,
  OperatingReportPreviewQuery,
  OperatingReportPreviewResponse,
  OperatingReportResponse,
  SubmitOperatingReportDto,
} from './dto/operating-report.dto';
import type { OperatingReport } from './operating-report.entity';
import { OperatingReportsService } from './operating-reports.service';

@ApiTags('sales')
@Controller('operating-reports')
export class OperatingReportsController {
  constructor(private readonly reports: OperatingReportsService) {}

  @Get()
  @RequirePermission('operating-reports:read')
  @ApiOperation({ summary: 'Operating reports (运营情况) of one’s territory: cities and regional roll-ups.' })
  @ApiPageResponse(OperatingReportResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListOperatingReportsQuery): Promise<Page<OperatingReportResponse>> {
    return mapPage(await this.reports.list(query), reportResponse);
  }

  @Get('preview')
  @RequirePermission('operating-reports:submit')
  @ApiOperation({
    summary:
      'The figures submitting one’s city or region report now would record; for a region, which cities have reported.',
  })
  @ApiOkResponse({ type: OperatingReportPreviewResponse })
  @ApiProblemResponses(400, 404, 422)
  async preview(@Query() query: OperatingReportPreviewQuery): Promise<OperatingReportPreviewResponse> {
    return this.reports.preview(query);
  }

  @Get(':id')
  @RequirePermission('operating-reports:read')
  @ApiOperation({ summary: 'One operating report.' })
  @ApiOkResponse({ type: OperatingReportResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<OperatingReportResponse> {
    return reportResponse(await this.reports.get(id));
  }

  @Post()
  @RequirePermission('operating-reports:submit')
  @ApiOperation({
    summary:
      'Submit the month’s report of one’s city (figures filled from orders now) or region (the sum of its cities’ submitted reports), with one’s commentary. Once per unit and month.',
  })
  @ApiCreatedResponse({ type: OperatingReportResponse })
  @ApiProblemResponses(400, 409, 422)
  async submit(
    @Body() body: SubmitOperatingReportDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OperatingReportResponse> {
    const report = await this.reports.submit(body);
    void reply.header('Location', `/api/v1/operating-reports/${report.id}`);
    return reportResponse(report);
  }
}

function reportResponse(r: OperatingReport): OperatingReportResponse {
  return {
    id: r.id,
    number: r.number,
    level: r.level,
    orgUnitId: r.orgUnitId,
    period: r.period,
    currency: r.currency,
    netSales: r.netSales,
    orderCount: r.orderCount,
    returnCount: r.returnCount,
    codOutstanding: r.codOutstanding,
    newMembers: r.newMembers,
    expenses: r.expenses,
    expenseBudget: r.expenseBudget,
    commentary: r.commentary,
    sourceReportIds: r.sourceReportIds,
    submittedBy: r.submittedBy,
    submittedAt: r.submittedAt.toISOString(),
    version: r.version,
  };
}
