import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CursorPager } from '../../shared/ui/CursorPager';
import { ListEmpty } from '../../shared/ui/ListEmpty';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { differsFromFallback } from '../../shared/url-state/url-state';
import { ORG_UNIT_FILTERS, orgUnitListSpec, toListQuery, type OrgUnitListState } from './org-unit-list-state';
import { orgUnitListQuery, type OrgUnit } from './org-units.api';
import { OrgUnitFilters } from './OrgUnitFilters';
import { OrgUnitsTable } from './OrgUnitsTable';

interface OrgUnitsTableViewProps {
  canWrite: boolean;
  state: OrgUnitListState;
  setState(changes: Partial<OrgUnitListState>): void;
  onCreate(): void;
  onEdit(unit: OrgUnit): void;
}

/** The table, its filters and pager: the list state lives in the URL. */
export function OrgUnitsTableView({ canWrite, state, setState, onCreate, onEdit }: OrgUnitsTableViewProps) {
  const { t } = useTranslation();
  const pages = useCursorPages(JSON.stringify(state));
  const list = useQuery({
    ...orgUnitListQuery(toListQuery(state, pages.cursor)),
    placeholderData: keepPreviousData,
  });
  // Only the first page carries `total`; watching its cache entry keeps the total on later pages too.
  const firstPage = useQuery({ ...orgUnitListQuery(toListQuery(state, undefined)), enabled: false });
  const filtered = differsFromFallback(orgUnitListSpec, state, ORG_UNIT_FILTERS);
  const clearFilters = () => setState({ kind: undefined, status: undefined, q: '' });

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <>
      <OrgUnitFilters state={state} filtered={filtered} onChange={setState} />
      {list.isError && <QueryProblem error={list.error} onRetry={() => void list.refetch()} />}
      <OrgUnitsTable
        units={list.data?.data ?? []}
        loading={list.isPending || list.isPlaceholderData}
        sort={state.sort}
        canWrite={canWrite}
        emptyText={
          list.isPending ? null : (
            <ListEmpty
              noneText={t('orgUnits.empty.none')}
              filtered={filtered ? { text: t('orgUnits.empty.filtered'), onClear: clearFilters } : undefined}
              create={canWrite ? { label: t('orgUnits.create'), onClick: onCreate } : undefined}
            />
          )
        }
        onSortChange={(sort) => setState({ sort })}
        onEdit={onEdit}
      />
      <CursorPager
        page={pages.page}
        total={firstPage.data?.total}
        hasPrevious={pages.hasPrevious}
        nextCursor={list.isPlaceholderData ? undefined : list.data?.nextCursor}
        pageSize={state.limit}
        disabled={list.isPending}
        onPrevious={pages.goToPrevious}
        onNext={pages.goToNext}
        onPageSizeChange={(limit) => setState({ limit })}
      />
    </>
  );
}
