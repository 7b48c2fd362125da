import { Table, type TableProps } from 'antd';
import type { CursorPages } from '../pagination/use-cursor-pages';
import { CursorPager } from './CursorPager';
import { ListEmpty, type ListEmptyProps } from './ListEmpty';
import { QueryProblem } from './QueryProblem';

/** The parts of a list query (react-query, keepPreviousData) the table reads. */
export interface CursorListQuery<Row> {
  data: { data: Row[]; nextCursor: string | null } | undefined;
  isPending: boolean;
  isPlaceholderData: boolean;
  isError: boolean;
  error: unknown;
  refetch(): unknown;
}

interface CursorTableProps<Row> {
  list: CursorListQuery<Row>;
  pages: CursorPages;
  /** The count asked for with the first page (`count=true`), shown beside the page number. */
  total: number | undefined;
  pageSize: number;
  onPageSizeChange(size: number): void;
  columns: TableProps<Row>['columns'];
  empty: ListEmptyProps;
  rowKey?: TableProps<Row>['rowKey'];
  /** For tests that find the table on a page with several. */
  testId?: string;
}

/**
 * A keyset-paged list: a load problem above the rows (the last rows stay visible), the table with its empty
 * state, and previous/next with the page size. Every list page of the console has this same bottom half.
 */
export function CursorTable<Row extends object>({
  list,
  pages,
  total,
  pageSize,
  onPageSizeChange,
  columns,
  empty,
  rowKey = 'id',
  testId,
}: CursorTableProps<Row>) {
  return (
    <>
      {list.isError && <QueryProblem error={list.error} onRetry={() => void list.refetch()} />}
      <Table<Row>
        rowKey={rowKey}
        size="middle"
        columns={columns}
        dataSource={list.data?.data ?? []}
        loading={list.isPending || list.isPlaceholderData}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid={testId}
        locale={{ emptyText: list.isPending ? null : <ListEmpty {...empty} /> }}
      />
      <CursorPager
        page={pages.page}
        total={total}
        hasPrevious={pages.hasPrevious}
        nextCursor={list.isPlaceholderData ? undefined : list.data?.nextCursor}
        pageSize={pageSize}
        disabled={list.isPending}
        onPrevious={pages.goToPrevious}
        onNext={pages.goToNext}
        onPageSizeChange={onPageSizeChange}
      />
    </>
  );
}
