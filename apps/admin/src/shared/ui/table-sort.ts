import type { SorterResult, SortOrder } from 'antd/es/table/interface';

/** A column's arrow for a `field`/`-field` sort. */
export function sortOrderOf(sort: string, column: string): SortOrder {
  if (sort === column) return 'ascend';
  if (sort === `-${column}`) return 'descend';
  return null;
}

/** The sort a click on a column header asks for; back to `fallback` when the sort is switched off. */
export function sortFromHeaderClick<S extends string, Row>(
  sorter: SorterResult<Row> | SorterResult<Row>[],
  fallback: S,
): S {
  if (Array.isArray(sorter)) return fallback;
  const column = sorter.columnKey as string | undefined;
  if (!column || !sorter.order) return fallback;
  return (sorter.order === 'ascend' ? column : `-${column}`) as S;
}
