import {
  enumParam,
  intParam,
  matchingParam,
  optionalEnumParam,
  textParam,
  UUID_PATTERN,
  type UrlStateSpec,
} from '../../shared/url-state/url-state';
import {
  TICKET_CATEGORIES,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  type TicketCategory,
  type TicketPriority,
  type TicketQuery,
} from './support.api';

/** all: the caller's queues (every ticket for the lead); mine: assigned to me; unassigned: nobody's yet. */
export const TICKET_VIEWS = ['all', 'mine', 'unassigned'] as const;
export type TicketView = (typeof TICKET_VIEWS)[number];
/** `active` (new, open, waiting on the customer) by default; `any` drops the filter. */
export const STATUS_FILTERS = ['active', ...TICKET_STATUSES, 'any'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export interface TicketListState {
  view: TicketView;
  status: StatusFilter;
  priority: TicketPriority | undefined;
  category: TicketCategory | undefined;
  queueId: string | undefined;
  /** A particular agent (lead only); overrides the view's assignee. */
  assigneeId: string | undefined;
  breached: 'true' | undefined;
  q: string;
  limit: number;
}

export const ticketListSpec: UrlStateSpec<TicketListState> = {
  view: enumParam(TICKET_VIEWS, 'all'),
  status: enumParam(STATUS_FILTERS, 'active'),
  priority: optionalEnumParam(TICKET_PRIORITIES),
  category: optionalEnumParam(TICKET_CATEGORIES),
  queueId: matchingParam(UUID_PATTERN),
  assigneeId: matchingParam(UUID_PATTERN),
  breached: optionalEnumParam(['true'] as const),
  q: textParam(100),
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};

export const NO_FILTERS: Partial<TicketListState> = {
  status: 'active',
  priority: undefined,
  category: undefined,
  queueId: undefined,
  assigneeId: undefined,
  breached: undefined,
  q: '',
};

export function isFiltered(state: TicketListState): boolean {
  return !!(
    state.status !== 'active' ||
    state.priority ||
    state.category ||
    state.queueId ||
    state.assigneeId ||
    state.breached ||
    state.q
  );
}

/** The API query for one page: the most urgent (nearest resolution due time) first. */
export function toTicketQuery(state: TicketListState, cursor: string | undefined): TicketQuery {
  const viewAssignee = state.view === 'mine' ? 'me' : state.view === 'unassigned' ? 'none' : undefined;
  return {
    sort: 'due',
    status: state.status === 'any' ? undefined : state.status,
    priority: state.priority,
    category: state.category,
    queueId: state.queueId,
    assigneeId: state.assigneeId ?? viewAssignee,
    breached: state.breached,
    q: state.q || undefined,
    limit: state.limit,
    cursor,
    count: cursor === undefined ? true : undefined,
  };
}
