import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Badge, Flex, Select, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CursorPager } from '../../shared/ui/CursorPager';
import { ListEmpty } from '../../shared/ui/ListEmpty';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { useOpenRecord } from '../../shared/url-state/use-open-record';
import { useUrlState } from '../../shared/url-state/use-url-state';
import {
  approvalListSpec,
  approvalTabs,
  effectiveTab,
  toApprovalQuery,
  type ApprovalListState,
  type ApprovalTab,
} from './approval-list-state';
import { ApprovalDrawer } from './ApprovalDrawer';
import { APPROVAL_STATUSES, approvalInboxCountQuery, approvalPageQuery } from './approvals.api';
import { ApprovalsTable } from './ApprovalsTable';

/** The open request's id is in the URL (`?request=…`), so a link in a message or e-mail can open it. */
const OPEN_REQUEST_PARAM = 'request';

function pageQuery(tab: ApprovalTab, state: ApprovalListState, cursor: string | undefined) {
  return approvalPageQuery(tab === 'inbox' ? 'inbox' : 'visible', toApprovalQuery(tab, state, cursor));
}

/** 审批: the user's inbox, the requests they asked for, and (for GM and auditors) every request. */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const canReadAll = can('approval-requests:read');
  const [state, setState] = useUrlState(approvalListSpec);
  const tab = effectiveTab(state.tab, canReadAll);
  const pages = useCursorPages(JSON.stringify({ ...state, tab }));
  const list = useQuery({ ...pageQuery(tab, state, pages.cursor), placeholderData: keepPreviousData });
  const firstPage = useQuery({ ...pageQuery(tab, state, undefined), enabled: false });
  const waiting = useQuery(approvalInboxCountQuery());
  const openRequest = useOpenRecord(OPEN_REQUEST_PARAM);

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  const filtered = tab !== 'inbox' && state.status !== undefined;
  return (
    <Flex vertical gap="middle">
      <PageHeader title={t('approvals.title')} subtitle={t('approvals.subtitle')} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setState({ tab: key as ApprovalTab })}
        items={approvalTabs(canReadAll).map((key) => ({
          key,
          label:
            key === 'inbox' ? (
              <Flex gap={6} align="center">
                {t('approvals.tabs.inbox')}
                <Badge count={waiting.data} size="small" />
              </Flex>
            ) : (
              t(`approvals.tabs.${key}`)
            ),
        }))}
        tabBarExtraContent={
          tab !== 'inbox' && (
            <Select
              aria-label={t('approvals.filters.status')}
              placeholder={t('approvals.filters.anyStatus')}
              allowClear
              value={state.status}
              onChange={(status) => setState({ status })}
              options={APPROVAL_STATUSES.map((status) => ({
                value: status,
                label: t(`approvals.statuses.${status}`),
              }))}
              style={{ width: 140 }}
            />
          )
        }
        style={{ marginBottom: -16 }}
      />
      {list.isError && <QueryProblem error={list.error} onRetry={() => void list.refetch()} />}
      <ApprovalsTable
        requests={list.data?.data ?? []}
        loading={list.isPending || list.isPlaceholderData}
        emptyText={
          list.isPending ? null : (
            <ListEmpty
              noneText={t(`approvals.empty.${tab}`)}
              filtered={
                filtered
                  ? { text: t('approvals.empty.filtered'), onClear: () => setState({ status: undefined }) }
                  : undefined
              }
            />
          )
        }
        onOpen={(request) => openRequest.open(request.id)}
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
      <ApprovalDrawer
        requestId={openRequest.shownId}
        open={!!openRequest.openId}
        onClose={openRequest.close}
      />
    </Flex>
  );
}
