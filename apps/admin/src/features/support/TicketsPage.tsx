import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Checkbox, Flex, Segmented, Select, Tag, Typography, type TableProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ticketPath } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { formatDateTime } from '../../shared/format/date-time';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CreateButton } from '../../shared/ui/CreateButton';
import { CursorTable } from '../../shared/ui/CursorTable';
import { FilterBar } from '../../shared/ui/FilterBar';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { SearchBox } from '../../shared/ui/SearchBox';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { CustomerName } from './CustomerName';
import { NewTicketModal } from './NewTicketModal';
import { SlaCell } from './SlaTimer';
import {
  agentsQuery,
  queuesQuery,
  TICKET_CATEGORIES,
  TICKET_PRIORITIES,
  ticketListQuery,
  type TicketSummary,
} from './support.api';
import { PriorityTag, TicketStatusTag, useAgentNames, useQueueNames } from './SupportTags';
import {
  isFiltered,
  NO_FILTERS,
  STATUS_FILTERS,
  ticketListSpec,
  TICKET_VIEWS,
  toTicketQuery,
} from './ticket-list-state';

/** Keys that should not be taken as shortcuts: the user is typing. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * 客服工作台 → the agent queue: tickets of my queues (all of them for the lead), most urgent first, with live SLA
 * timers. Filters live in the URL; "/" jumps to the search, "n" opens a new ticket.
 */
export function TicketsPage() {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const navigate = useNavigate();
  const [state, setState] = useUrlState(ticketListSpec);
  const pages = useCursorPages(JSON.stringify(state));
  const [creating, setCreating] = useState(false);
  const list = useQuery({
    ...ticketListQuery(toTicketQuery(state, pages.cursor)),
    placeholderData: keepPreviousData,
  });
  const firstPage = useQuery({ ...ticketListQuery(toTicketQuery(state, undefined)), enabled: false });
  const queues = useQuery({ ...queuesQuery(), enabled: can('support-queues:read') });
  const agents = useQuery({ ...agentsQuery(), enabled: can('tickets:assign') });
  const agentName = useAgentNames();
  const queueName = useQueueNames();
  const filtered = isFiltered(state);
  const clear = () => setState(NO_FILTERS);
  const create = can('tickets:create')
    ? { label: t('support.newTicket.create'), onClick: () => setCreating(true) }
    : undefined;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      if (event.key === '/') {
        event.preventDefault();
        document.querySelector<HTMLInputElement>('[data-ticket-search] input')?.focus();
      } else if ((event.key === 'n' || event.key === 'N') && can('tickets:create')) {
        event.preventDefault();
        setCreating(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [can]);

  const columns: TableProps<TicketSummary>['columns'] = [
    {
      key: 'number',
      title: t('support.fields.number'),
      render: (_, ticket) => <Link to={ticketPath(ticket.id)}>{ticket.number}</Link>,
    },
    {
      key: 'subject',
      title: t('support.fields.subject'),
      render: (_, ticket) => (
        <div style={{ maxWidth: 320 }}>
          <Typography.Text ellipsis={{ tooltip: ticket.subject }}>{ticket.subject}</Typography.Text>
          <div>
            {ticket.tags.map((tag) => (
              <Tag key={tag} variant="filled">
                {tag}
              </Tag>
            ))}
          </div>
        </div>
      ),
    },
    { key: 'sla', title: t('support.fields.sla'), render: (_, ticket) => <SlaCell sla={ticket.sla} /> },
    {
      key: 'status',
      title: t('support.fields.status'),
      render: (_, ticket) => <TicketStatusTag status={ticket.status} />,
    },
    {
      key: 'priority',
      title: t('support.fields.priority'),
      render: (_, ticket) => <PriorityTag priority={ticket.priority} />,
    },
    {
      key: 'category',
      title: t('support.fields.category'),
      render: (_, ticket) => t(`support.categories.${ticket.category}`),
    },
    {
      key: 'customer',
      title: t('support.fields.customer'),
      render: (_, ticket) => <CustomerName id={ticket.customerId} />,
    },
    { key: 'queue', title: t('support.fields.queue'), render: (_, ticket) => queueName(ticket.queueId) },
    {
      key: 'assignee',
      title: t('support.fields.assignee'),
      render: (_, ticket) => agentName(ticket.assigneeId),
    },
    {
      key: 'createdAt',
      title: t('support.fields.createdAt'),
      render: (_, ticket) => formatDateTime(ticket.createdAt, i18n.language),
    },
  ];

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('support.queue.title')}
        subtitle={t('support.queue.subtitle')}
        extra={<CreateButton create={create} />}
      />
      <Segmented
        aria-label={t('support.queue.view')}
        value={state.view}
        onChange={(view) => setState({ view, assigneeId: undefined })}
        options={TICKET_VIEWS.map((view) => ({
          value: view,
          label:
            view === 'all' && can('all-tickets:read')
              ? t('support.queue.views.allLead')
              : t(`support.queue.views.${view}`),
        }))}
      />
      <FilterBar filtered={filtered} onClear={clear}>
        <span data-ticket-search>
          <SearchBox
            label={t('support.queue.search')}
            value={state.q}
            onSearch={(q) => setState({ q })}
            style={{ width: 220 }}
          />
        </span>
        <Select
          aria-label={t('support.fields.status')}
          value={state.status}
          onChange={(status) => setState({ status })}
          options={STATUS_FILTERS.map((status) => ({
            value: status,
            label:
              status === 'active'
                ? t('support.queue.activeStatuses')
                : status === 'any'
                  ? t('support.queue.anyStatus')
                  : t(`support.statuses.${status}`),
          }))}
          style={{ width: 140 }}
        />
        <Select
          aria-label={t('support.fields.priority')}
          placeholder={t('support.queue.anyPriority')}
          allowClear
          value={state.priority}
          onChange={(priority) => setState({ priority })}
          options={TICKET_PRIORITIES.map((p) => ({ value: p, label: t(`support.priorities.${p}`) }))}
          style={{ width: 120 }}
        />
        <Select
          aria-label={t('support.fields.category')}
          placeholder={t('support.queue.anyCategory')}
          allowClear
          value={state.category}
          onChange={(category) => setState({ category })}
          options={TICKET_CATEGORIES.map((c) => ({ value: c, label: t(`support.categories.${c}`) }))}
          style={{ width: 130 }}
        />
        {can('support-queues:read') && (
          <Select
            aria-label={t('support.fields.queue')}
            placeholder={t('support.queue.anyQueue')}
            allowClear
            value={state.queueId}
            onChange={(queueId) => setState({ queueId })}
            options={(queues.data ?? []).map((q) => ({ value: q.id, label: q.name }))}
            style={{ width: 140 }}
          />
        )}
        {can('tickets:assign') && (
          <Select
            aria-label={t('support.fields.assignee')}
            placeholder={t('support.fields.assignee')}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={state.assigneeId}
            onChange={(assigneeId) => setState({ assigneeId })}
            options={(agents.data ?? []).map((a) => ({ value: a.id, label: a.displayName }))}
            style={{ width: 140 }}
          />
        )}
        <Checkbox
          checked={state.breached === 'true'}
          onChange={(event) => setState({ breached: event.target.checked ? 'true' : undefined })}
        >
          {t('support.queue.breachedOnly')}
        </Checkbox>
      </FilterBar>
      <CursorTable<TicketSummary>
        list={list}
        pages={pages}
        total={firstPage.data?.total}
        pageSize={state.limit}
        onPageSizeChange={(limit) => setState({ limit })}
        columns={columns}
        testId="tickets-table"
        empty={{
          noneText: t('support.queue.empty'),
          filtered: filtered ? { text: t('support.queue.emptyFiltered'), onClear: clear } : undefined,
          create,
        }}
      />
      <Typography.Text type="secondary">{t('support.queue.refreshed')}</Typography.Text>
      {creating && (
        <NewTicketModal
          onClose={() => setCreating(false)}
          onCreated={(ticket) => void navigate(ticketPath(ticket.id))}
        />
      )}
    </Flex>
  );
}
