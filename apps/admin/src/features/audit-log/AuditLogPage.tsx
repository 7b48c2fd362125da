import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CursorPager } from '../../shared/ui/CursorPager';
import { ListEmpty } from '../../shared/ui/ListEmpty';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { differsFromFallback } from '../../shared/url-state/url-state';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { auditEventsQuery } from './audit.api';
import { AUDIT_FILTERS, auditListSpec, NO_AUDIT_FILTERS, toAuditQuery } from './audit-list-state';
import { AuditEventsTable } from './AuditEventsTable';
import { AuditFilters } from './AuditFilters';

/** Administration → Audit log: every recorded change, newest first, filtered by record, actor and days. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const [state, setState] = useUrlState(auditListSpec);
  const pages = useCursorPages(JSON.stringify(state));
  const list = useQuery({
    ...auditEventsQuery(toAuditQuery(state, pages.cursor)),
    placeholderData: keepPreviousData,
  });
  const firstPage = useQuery({ ...auditEventsQuery(toAuditQuery(state, undefined)), enabled: false });
  const filtered = differsFromFallback(auditListSpec, state, AUDIT_FILTERS);

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <PageHeader title={t('auditLog.title')} subtitle={t('auditLog.subtitle')} />
      <AuditFilters state={state} filtered={filtered} onChange={setState} />
      {list.isError && <QueryProblem error={list.error} onRetry={() => void list.refetch()} />}
      <AuditEventsTable
        events={list.data?.data ?? []}
        loading={list.isPending || list.isPlaceholderData}
        emptyText={
          list.isPending ? null : (
            <ListEmpty
              noneText={t('auditLog.empty.none')}
              filtered={
                filtered
                  ? { text: t('auditLog.empty.filtered'), onClear: () => setState(NO_AUDIT_FILTERS) }
                  : undefined
              }
            />
          )
        }
        onFilter={setState}
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
    </Flex>
  );
}
