import { applyDecorators, Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblemResponses, RequirePermission } from '@zhanggui/api-platform';
import { beijingToday } from './dashboard-days';
import { departmentCsv, departmentXlsx } from './department-dashboard-export';
import type { DepartmentDashboard } from './department-figures';
import { DepartmentDashboardResponse } from './dto/department-dashboard.dto';
import { GeneralManagerDashboardQuery, GeneralManagerExportQuery } from './dto/general-manager-dashboard.dto';
import { FinanceDashboardService } from './finance-dashboard.service';
import { HrDashboardService } from './hr-dashboard.service';
import { ProcurementDashboardService } from './procurement-dashboard.service';
import { SalesDashboardService } from './sales-dashboard.service';
import { SupportDashboardService } from './support-dashboard.service';
import { WarehouseDashboardService } from './warehouse-dashboard.service';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const Figures = (summary: string) =>
  applyDecorators(
    ApiOperation({ summary }),
    ApiOkResponse({ type: DepartmentDashboardResponse }),
    ApiProblemResponses(400),
  );
const Export = (department: string) =>
  applyDecorators(
    ApiOperation({
      summary: `The ${department} figures as a CSV or XLSX attachment (Chinese headers, amounts in yuan).`,
    }),
    ApiOkResponse({
      description: `${department}-YYYY-MM-DD.csv or .xlsx`,
      content: {
        [CONTENT_TYPES.csv]: { schema: { type: 'string' } },
        [CONTENT_TYPES.xlsx]: { schema: { type: 'string', format: 'binary' } },
      },
    }),
    ApiProblemResponses(400),
  );

/** One dashboard per department, each behind its own permission, each exportable. */
@ApiTags('sales')
@Controller('dashboards')
export class DepartmentDashboardsController {
  constructor(
    private readonly salesDashboard: SalesDashboardService,
    private readonly procurementDashboard: ProcurementDashboardService,
    private readonly supportDashboard: SupportDashboardService,
    private readonly warehouseDashboard: WarehouseDashboardService,
    private readonly hrDashboard: HrDashboardService,
    private readonly financeDashboard: FinanceDashboardService,
  ) {}

  @Get('sales')
  @RequirePermission('dashboards:sales')
  @Figures(
    'Sales within one’s territory: today and this month against the target, orders by status, top products, returns rate, COD outstanding.',
  )
  sales(@Query() query: GeneralManagerDashboardQuery): Promise<DepartmentDashboardResponse> {
    return this.salesDashboard.figures(query.date ?? beijingToday());
  }

  @Get('sales/export')
  @RequirePermission('dashboards:sales')
  @Export('sales')
  salesExport(@Query() query: GeneralManagerExportQuery, @Res() reply: FastifyReply): Promise<void> {
    return send(this.salesDashboard, query, reply);
  }

  @Get('procurement')
  @RequirePermission('dashboards:procurement')
  @Figures('Purchasing: open purchase orders, overdue receipts, invoices with discrepancies, stock alerts.')
  procurement(@Query() query: GeneralManagerDashboardQuery): Promise<DepartmentDashboardResponse> {
    return this.procurementDashboard.figures(query.date ?? beijingToday());
  }

  @Get('procurement/export')
  @RequirePermission('dashboards:procurement')
  @Export('procurement')
  procurementExport(@Query() query: GeneralManagerExportQuery, @Res() reply: FastifyReply): Promise<void> {
    return send(this.procurementDashboard, query, reply);
  }

  @Get('support')
  @RequirePermission('dashboards:support')
  @Figures(
    'Customer service: open tickets by priority, SLA breaches, the month’s first-response median and satisfaction.',
  )
  support(@Query() query: GeneralManagerDashboardQuery): Promise<DepartmentDashboardResponse> {
    return this.supportDashboard.figures(query.date ?? beijingToday());
  }

  @Get('support/export')
  @RequirePermission('dashboards:support')
  @Export('support')
  supportExport(@Query() query: GeneralManagerExportQuery, @Res() reply: FastifyReply): Promise<void> {
    return send(this.supportDashboard, query, reply);
  }

  @Get('warehouse')
  @RequirePermission('dashboards:warehouse')
  @Figures('The warehouse: stock alerts, orders waiting to ship, transfers in transit.')
  warehouse(@Query() query: GeneralManagerDashboardQuery): Promise<DepartmentDashboardResponse> {
    return this.warehouseDashboard.figures(query.date ?? beijingToday());
  }

  @Get('warehouse/export')
  @RequirePermission('dashboards:warehouse')
  @Export('warehouse')
  warehouseExport(@Query() query: GeneralManagerExportQuery, @Res() reply: FastifyReply): Promise<void> {
    return send(this.warehouseDashboard, query, reply);
  }

  @Get('hr')
  @RequirePermission('dashboards:hr')
  @Figures(
    'HR: headcount against the plan per unit, open hiring requests, probations ending within 30 days, leave today.',
  )
  hr(@Query() query: GeneralManagerDashboardQuery): Promise<DepartmentDashboardResponse> {
    return this.hrDashboard.figures(query.date ?? beijingToday());
  }

  @Get('hr/export')
  @RequirePermission('dashboards:hr')
  @Export('hr')
  hrExport(@Query() query: GeneralManagerExportQuery, @Res() reply: FastifyReply): Promise<void> {
    return send(this.hrDashboard, query, reply);
  }

  @Get('finance')
  @RequirePermission('dashboards:finance')
  @Figures(
    'Finance: cash position, COD outstanding, payables due within 7 days, budgets used 80% or more, days of the last 30 without 日结.',
  )
  finance(@Query() query: GeneralManagerDashboardQuery): Promise<DepartmentDashboardResponse> {
    return this.financeDashboard.figures(query.date ?? beijingToday());
  }

  @Get('finance/export')
  @RequirePermission('dashboards:finance')
  @Export('finance')
  financeExport(@Query() query: GeneralManagerExportQuery, @Res() reply: FastifyReply): Promise<void> {
    return send(this.financeDashboard, query, reply);
  }
}

async function send(dashboard: DepartmentDashboard, query: GeneralManagerExportQuery, reply: FastifyReply) {
  const figures = await dashboard.figures(query.date ?? beijingToday());
  const body = query.format === 'csv' ? departmentCsv(figures) : await departmentXlsx(figures);
  await reply
    .header('Content-Type', CONTENT_TYPES[query.format])
    .header(
      'Content-Disposition',
      `attachment; filename="${figures.department}-${figures.date}.${query.format}"`,
    )
    .header('Cache-Control', 'no-store')
    .send(body);
}
