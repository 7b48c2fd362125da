import type { TFunction } from 'i18next';
import { formatMoney } from '../../shared/money/money';
import type { Translation } from '../../i18n/locales/translation';
import type { DepartmentChart, DepartmentFigure } from './dashboard.api';

type Unit = DepartmentFigure['unit'];
type Labels = Translation['gmDashboard'];
type Group = 'figures' | 'charts' | 'compare' | 'points' | 'notes';

/**
 * The label of a key the API sends as a plain string (a figure, chart or status); an unknown key shows as
 * itself rather than as a missing translation.
 */
export function dashboardLabel(
  t: TFunction,
  group: Group,
  key: string,
  options: Record<string, unknown> = {},
) {
  const path = `gmDashboard.${group}.${key}` as `gmDashboard.${Group}.${keyof Labels[Group] & string}`;
  return String(t(path, { defaultValue: key, ...options }));
}

/** A figure's number as people read it; a dash when there is nothing to measure yet (no ratings, no target). */
export function figureValue(t: TFunction, unit: Unit, value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  switch (unit) {
    case 'money':
      return formatMoney(value);
    case 'percent':
      return `${value}%`;
    case 'minutes':
      return t('gmDashboard.units.minutes', { count: value });
    case 'score':
      return `${value} / 5`;
    default:
      return String(value);
  }
}

/** The line under a figure: how many documents it covers and what it is measured against. */
export function figureNote(t: TFunction, f: DepartmentFigure): string | undefined {
  const parts: string[] = [];
  if (f.count !== undefined)
    parts.push(dashboardLabel(t, 'notes', f.key, { count: f.count, defaultValue: '' }));
  if (f.target !== undefined)
    parts.push(t('gmDashboard.target', { target: figureValue(t, f.unit, f.target ?? null) }));
  const note = parts.filter(Boolean).join(' · ');
  return note || undefined;
}

/** Charts whose second series (`compare`) is worth drawing beside the first. */
const COMPARED = new Set(['headcountByUnit']);

/** Categories and series of a chart, amounts in yuan as the axes show them. */
export function chartSeries(t: TFunction, chart: DepartmentChart) {
  const scale = (n: number) => (chart.unit === 'money' ? n / 100 : n);
  const series = [
    { name: dashboardLabel(t, 'charts', chart.key), values: chart.points.map((p) => scale(p.value)) },
  ];
  if (COMPARED.has(chart.key))
    series.push({
      name: dashboardLabel(t, 'compare', chart.key),
      values: chart.points.map((p) => scale(p.compare ?? 0)),
    });
  return {
    categories: chart.points.map((p) => p.label ?? dashboardLabel(t, 'points', p.key)),
    series,
  };
}
