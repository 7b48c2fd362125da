import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import { downloadFile } from '../../shared/transfer/authorized-transfer';

export type GeneralManagerDashboard = ApiSchemas['GeneralManagerDashboardResponse'];
export type DrillDown = ApiSchemas['DashboardDrillDown'];
export type TerritorySales = ApiSchemas['DashboardTerritorySales'];
export type FunnelStage = ApiSchemas['DashboardFunnelStage'];
export type ExportFormat = 'csv' | 'xlsx';
export type DepartmentDashboard = ApiSchemas['DepartmentDashboardResponse'];
export type DepartmentName = DepartmentDashboard['department'];
export type DepartmentFigure = ApiSchemas['DepartmentDashboardFigure'];
export type DepartmentChart = ApiSchemas['DepartmentDashboardChart'];

export const dashboardKeys = {
  all: ['dashboards'] as const,
  generalManager: (date: string | undefined) => [...dashboardKeys.all, 'general-manager', date] as const,
  department: (department: DepartmentName, date: string | undefined) =>
    [...dashboardKeys.all, department, date] as const,
};

/** The figures change with every order: refetched each minute while the page is open. */
export function generalManagerQuery(date: string | undefined) {
  return queryOptions({
    queryKey: dashboardKeys.generalManager(date),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/dashboards/general-manager', {
          params: { query: date ? { date } : {} },
          signal,
        }),
      ),
    refetchInterval: 60_000,
  });
}

/** A department's figures; like the general manager's, refreshed each minute while shown. */
export function departmentQuery(department: DepartmentName, date: string | undefined) {
  return queryOptions({
    queryKey: dashboardKeys.department(department, date),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET(`/api/v1/dashboards/${department}`, {
          params: { query: date ? { date } : {} },
          signal,
        }),
      ),
    refetchInterval: 60_000,
  });
}

export function downloadDepartment(department: DepartmentName, format: ExportFormat, date: string) {
  return downloadFile(
    `/api/v1/dashboards/${department}/export?format=${format}&date=${encodeURIComponent(date)}`,
    `${department}-${date}.${format}`,
  );
}

/** The figures as the file the API builds (Chinese headers, amounts in yuan). */
export function downloadGeneralManager(format: ExportFormat, date: string): Promise<string> {
  return downloadFile(
    `/api/v1/dashboards/general-manager/export?format=${format}&date=${encodeURIComponent(date)}`,
    `general-manager-${date}.${format}`,
  );
}

/** The console address of the list behind a figure. */
export function drillDownHref(drillDown: DrillDown): string {
  return drillDown.query ? `${drillDown.path}?${drillDown.query}` : drillDown.path;
}
