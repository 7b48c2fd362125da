import { Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useCurrentUser, usePermissions } from '../../auth/use-session';
import { agentsQuery, queuesQuery, type TicketPriority, type TicketStatus } from './support.api';

const STATUS_COLOURS: Record<TicketStatus, string> = {
  new: 'blue',
  open: 'processing',
  waiting_on_customer: 'gold',
  resolved: 'success',
  closed: 'default',
};
const PRIORITY_COLOURS: Record<TicketPriority, string> = {
  low: 'default',
  normal: 'blue',
  high: 'orange',
  urgent: 'red',
};

export function TicketStatusTag({ status }: { status: TicketStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOURS[status]}>{t(`support.statuses.${status}`)}</Tag>;
}

export function PriorityTag({ priority }: { priority: TicketPriority }) {
  const { t } = useTranslation();
  return <Tag color={PRIORITY_COLOURS[priority]}>{t(`support.priorities.${priority}`)}</Tag>;
}

/** Agents' names by id (GET /support-queues/agents), for assignees, members and metrics rows. */
export function useAgentNames(): (id: string | null | undefined) => string {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const can = usePermissions();
  const agents = useQuery({ ...agentsQuery(), enabled: can('support-queues:read') });
  return (id) => {
    if (!id) return t('support.people.unassigned');
    if (id === me.id) return t('support.people.me');
    const agent = agents.data?.find((a) => a.id === id);
    return agent ? agent.displayName : t('support.people.unknown', { id: id.slice(-4) });
  };
}

/** Queues' names by id. */
export function useQueueNames(): (id: string | null | undefined) => string {
  const { t } = useTranslation();
  const can = usePermissions();
  const queues = useQuery({ ...queuesQuery(), enabled: can('support-queues:read') });
  return (id) => (id ? (queues.data?.find((q) => q.id === id)?.name ?? id.slice(-4)) : t('common.none'));
}
