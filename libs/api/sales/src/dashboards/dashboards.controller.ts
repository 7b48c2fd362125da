import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblemResponses, RequirePermission } from '@zhanggui/api-platform';
import { beijingToday } from './dashboard-days';
import { dashboardCsv, dashboardXlsx } from './dashboard-export';
import {
  GeneralManagerDashboardQuery,
  GeneralManagerDashboardResponse,
  GeneralManagerExportQuery,
} from './dto/general-manager-dashboard.dto';
import { GeneralManagerDashboardService } from './general-manager-dashboard.service';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

@ApiTags('sales')
@Controller('dashboards')
export class DashboardsController {
  constructor(private readonly generalManager: GeneralManagerDashboardService) {}

  @Get('general-manager')
  @RequirePermission('dashboards:general-manager')
  @ApiOperation({
    summary:
      'The general manager’s figures for a day: sales today and this month by territory, the month’s order funnel, stock alerts, cash, COD outstanding, payables due within 7 days, SLA breaches, headcount against plan — each with the console list behind it.',
  })
  @ApiOkResponse({ type: GeneralManagerDashboardResponse })
  @ApiProblemResponses(400)
  figures(@Query() query: GeneralManagerDashboardQuery): Promise<GeneralManagerDashboardResponse> {
    return this.generalManager.figures(query.date ?? beijingToday());
  }

  @Get('general-manager/export')
  @RequirePermission('dashboards:general-manager')
  @ApiOperation({
    summary: 'The same figures as a CSV or XLSX attachment (Chinese headers, amounts in yuan).',
  })
  @ApiOkResponse({
    description: 'general-manager-YYYY-MM-DD.csv or .xlsx',
    content: {
      [CONTENT_TYPES.csv]: { schema: { type: 'string' } },
      [CONTENT_TYPES.xlsx]: { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiProblemResponses(400)
  async export(@Query() query: GeneralManagerExportQuery, @Res() reply: FastifyReply): Promise<void> {
    const figures = await this.generalManager.figures(query.date ?? beijingToday());
    const body = query.format === 'csv' ? dashboardCsv(figures) : await dashboardXlsx(figures);
    await reply
      .header('Content-Type', CONTENT_TYPES[query.format])
      .header('Content-Disposition', `attachment; filename="general-manager-${figures.date}.${query.format}"`)
      .header('Cache-Control', 'no-store')
      .send(body);
  }
}
