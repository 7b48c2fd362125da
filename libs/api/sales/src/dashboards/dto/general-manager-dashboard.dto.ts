import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';

export const DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export class GeneralManagerDashboardQuery {
  @ApiPropertyOptional({ example: '2026-11-28', description: 'The day (Beijing time); today when left out.' })
  @IsOptional()
  @Matches(DAY_PATTERN, { message: 'date must be a day such as 2026-11-28' })
  date?: string;
}

export class GeneralManagerExportQuery extends GeneralManagerDashboardQuery {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS, { message: 'format must be csv or xlsx' })
  format!: ExportFormat;
}

/** Where the console shows the list behind a figure: a console path and the list's URL filters. */
export class DashboardDrillDown {
  @ApiProperty({ example: '/orders/sales-orders' }) path!: string;
  @ApiProperty({ example: 'from=2026-11-01&to=2026-11-30', description: 'URL query, without the "?".' })
  query!: string;
}

export class DashboardSalesFigure {
  @ApiProperty({ description: 'Orders placed in the period, cancelled ones left out, in 分.' })
  amount!: number;
  @ApiProperty() orders!: number;
  @ApiProperty({ type: DashboardDrillDown }) drillDown!: DashboardDrillDown;
}

export class DashboardTerritorySales {
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['province', 'region'] }) kind!: 'province' | 'region';
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) parentId!: string | null;
  @ApiProperty({ type: DashboardSalesFigure }) today!: DashboardSalesFigure;
  @ApiProperty({ type: DashboardSalesFigure }) month!: DashboardSalesFigure;
}

export const FUNNEL_STAGES = ['placed', 'paid', 'shipped', 'delivered', 'returned'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export class DashboardFunnelStage {
  @ApiProperty({ enum: FUNNEL_STAGES }) stage!: FunnelStage;
  @ApiProperty({ description: 'Orders placed this month that reached the stage.' }) count!: number;
  @ApiProperty({ type: DashboardDrillDown }) drillDown!: DashboardDrillDown;
}

export class DashboardCountFigure {
  @ApiProperty() count!: number;
  @ApiProperty({ type: DashboardDrillDown }) drillDown!: DashboardDrillDown;
}

export class DashboardCashAccount {
  @ApiProperty({ example: '1001' }) code!: string;
  @ApiProperty({ example: '库存现金' }) nameZh!: string;
  @ApiProperty({ example: 'Cash on hand' }) nameEn!: string;
  @ApiProperty({ description: 'Closing debit balance of the month, in 分.' }) amount!: number;
}

export class DashboardCashFigure {
  @ApiProperty({ description: '库存现金 + 银行存款 at the end of the month so far, in 分.' }) amount!: number;
  @ApiProperty({ type: [DashboardCashAccount] }) accounts!: DashboardCashAccount[];
  @ApiProperty({ type: DashboardDrillDown }) drillDown!: DashboardDrillDown;
}

export class DashboardCodFigure {
  @ApiProperty({ description: 'Cash couriers collected and have not handed in, in 分.' }) amount!: number;
  @ApiProperty() remittances!: number;
  @ApiProperty({ type: DashboardDrillDown }) drillDown!: DashboardDrillDown;
}

export class DashboardPayablesFigure {
  @ApiProperty({ description: 'Unpaid amount of payables due by `dueBy`, overdue included, in 分.' })
  amount!: number;
  @ApiProperty() payables!: number;
  @ApiProperty({ example: '2026-12-05' }) dueBy!: string;
  @ApiProperty({ type: DashboardDrillDown }) drillDown!: DashboardDrillDown;
}

export class DashboardHeadcountFigure {
  @ApiProperty({ description: 'Heads planned for the year.' }) planned!: number;
  @ApiProperty({ description: 'Employees in post (everyone who has not left).' }) inPost!: number;
  @ApiProperty({ type: DashboardDrillDown }) drillDown!: DashboardDrillDown;
}

export class GeneralManagerDashboardResponse {
  @ApiProperty({ example: '2026-11-28' }) date!: string;
  @ApiProperty({ example: 'CNY' }) currency!: string;
  @ApiProperty({ type: DashboardSalesFigure }) salesToday!: DashboardSalesFigure;
  @ApiProperty({ type: DashboardSalesFigure }) salesThisMonth!: DashboardSalesFigure;
  @ApiProperty({ type: [DashboardTerritorySales], description: 'Provinces and regions, in tree order.' })
  territories!: DashboardTerritorySales[];
  @ApiProperty({ type: [DashboardFunnelStage] }) funnel!: DashboardFunnelStage[];
  @ApiProperty({ type: DashboardCountFigure, description: 'Open low-stock alerts.' })
  stockAlerts!: DashboardCountFigure;
  @ApiProperty({ type: DashboardCashFigure }) cash!: DashboardCashFigure;
  @ApiProperty({ type: DashboardCodFigure }) codOutstanding!: DashboardCodFigure;
  @ApiProperty({ type: DashboardPayablesFigure }) payablesDue!: DashboardPayablesFigure;
  @ApiProperty({ type: DashboardCountFigure, description: 'Open tickets past an SLA deadline.' })
  slaBreaches!: DashboardCountFigure;
  @ApiProperty({ type: DashboardHeadcountFigure }) headcount!: DashboardHeadcountFigure;
}
