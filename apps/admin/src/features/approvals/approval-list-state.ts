import { enumParam, intParam, optionalEnumParam, type UrlStateSpec } from '../../shared/url-state/url-state';
import { APPROVAL_STATUSES, type ApprovalListQuery, type ApprovalStatus } from './approvals.api';

export const APPROVAL_TABS = ['inbox', 'mine', 'all'] as const;
export type ApprovalTab = (typeof APPROVAL_TABS)[number];

/** What the approvals page shows, as kept in the URL (`?tab=mine&status=rejected`). */
export interface ApprovalListState {
  tab: ApprovalTab;
  /** Not for the inbox, which holds only pending requests. */
  status: ApprovalStatus | undefined;
  limit: number;
}

export const approvalListSpec: UrlStateSpec<ApprovalListState> = {
  tab: enumParam(APPROVAL_TABS, 'inbox'),
  status: optionalEnumParam(APPROVAL_STATUSES),
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};

/** The tabs the user may open: "all" only for those who may read every request (GM, auditors). */
export function approvalTabs(canReadAll: boolean): ApprovalTab[] {
  return canReadAll ? [...APPROVAL_TABS] : ['inbox', 'mine'];
}

/** The tab to show: the one asked for if the user may open it (a shared link may ask for more), else the inbox. */
export function effectiveTab(asked: ApprovalTab, canReadAll: boolean): ApprovalTab {
  return approvalTabs(canReadAll).includes(asked) ? asked : 'inbox';
}

/** The API query for one page of a tab (the inbox is its own endpoint, and ignores the status). */
export function toApprovalQuery(
  tab: ApprovalTab,
  state: ApprovalListState,
  cursor: string | undefined,
): ApprovalListQuery {
  return {
    mine: tab === 'mine' ? true : undefined,
    status: tab === 'inbox' ? undefined : state.status,
    limit: state.limit,
    cursor,
    count: cursor === undefined ? true : undefined,
  };
}
