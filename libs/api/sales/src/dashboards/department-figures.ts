import type { DashboardDrillDown } from './dto/general-manager-dashboard.dto';
import type {
  DepartmentDashboardFigure,
  DepartmentDashboardName,
  DepartmentDashboardResponse,
  FigureUnit,
} from './dto/department-dashboard.dto';

export const DASHBOARD_CURRENCY = 'CNY';

/** What every department dashboard service offers the controller. */
export interface DepartmentDashboard {
  readonly department: DepartmentDashboardName;
  figures(date: string): Promise<DepartmentDashboardResponse>;
}

export function figure(
  key: string,
  unit: FigureUnit,
  value: number | null,
  drillDown: DashboardDrillDown,
  extra: Pick<DepartmentDashboardFigure, 'count' | 'target'> = {},
): DepartmentDashboardFigure {
  return { key, unit, value, drillDown, ...extra };
}

/** A share as a percentage with one decimal; null when there is nothing to divide by. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}
