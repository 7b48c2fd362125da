import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DashboardDrillDown } from './general-manager-dashboard.dto';

export const DEPARTMENT_DASHBOARDS = [
  'sales',
  'procurement',
  'support',
  'warehouse',
  'hr',
  'finance',
] as const;
export type DepartmentDashboardName = (typeof DEPARTMENT_DASHBOARDS)[number];

export const FIGURE_UNITS = ['count', 'money', 'percent', 'minutes', 'score'] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/**
 * One number of a department's dashboard. Departments differ in what they watch, so the figures are a list
 * keyed by a stable `key` the console and the export label, rather than one response class per department.
 */
export class DepartmentDashboardFigure {
  @ApiProperty({ example: 'salesThisMonth' }) key!: string;
  @ApiProperty({ enum: FIGURE_UNITS }) unit!: FigureUnit;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'money in 分, percent as 0–100 with one decimal, null when there is nothing to measure yet.',
  })
  value!: number | null;
  @ApiPropertyOptional({ description: 'How many documents the value covers (orders, payables …).' })
  count?: number;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'What the value is measured against.' })
  target?: number | null;
  @ApiProperty({ type: DashboardDrillDown }) drillDown!: DashboardDrillDown;
}

export class DepartmentDashboardPoint {
  @ApiProperty({ description: 'A status, priority or id the console labels.', example: 'urgent' })
  key!: string;
  @ApiPropertyOptional({ description: 'A name to show as is (a product, an org unit).' }) label?: string;
  @ApiProperty() value!: number;
  @ApiPropertyOptional({ description: 'A second series (e.g. plan beside actual).' }) compare?: number;
  @ApiPropertyOptional({ type: DashboardDrillDown }) drillDown?: DashboardDrillDown;
}

export class DepartmentDashboardChart {
  @ApiProperty({ example: 'ordersByStatus' }) key!: string;
  @ApiProperty({ enum: ['bar', 'pie'] }) kind!: 'bar' | 'pie';
  @ApiProperty({ enum: FIGURE_UNITS }) unit!: FigureUnit;
  @ApiProperty({ type: [DepartmentDashboardPoint] }) points!: DepartmentDashboardPoint[];
}

export class DepartmentDashboardResponse {
  @ApiProperty({ enum: DEPARTMENT_DASHBOARDS }) department!: DepartmentDashboardName;
  @ApiProperty({ example: '2026-11-28' }) date!: string;
  @ApiProperty({ example: 'CNY' }) currency!: string;
  @ApiProperty({ type: [DepartmentDashboardFigure] }) figures!: DepartmentDashboardFigure[];
  @ApiProperty({ type: [DepartmentDashboardChart] }) charts!: DepartmentDashboardChart[];
}
