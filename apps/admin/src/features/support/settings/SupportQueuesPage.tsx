import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Modal, Select, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { usePermissions } from '../../../auth/use-session';
import { ListEmpty } from '../../../shared/ui/ListEmpty';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryProblem } from '../../../shared/ui/QueryProblem';
import { supportProblemMessage } from '../support-problems';
import { agentsQuery, queuesQuery, supportKeys, type Queue } from '../support.api';
import { useAgentNames } from '../SupportTags';

function setMembers(queue: Queue, userIds: string[]): Promise<Queue> {
  return unwrap(
    api.PUT('/api/v1/support-queues/{id}/members', { params: { path: { id: queue.id } }, body: { userIds } }),
  );
}

/** 客服队列 → each team's queue, its agents and open tickets; the lead sets who works which queue. */
export function SupportQueuesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const queryClient = useQueryClient();
  const queues = useQuery(queuesQuery());
  const writable = can('support-queues:write');
  const agents = useQuery({ ...agentsQuery(), enabled: writable });
  const agentName = useAgentNames();
  const [editing, setEditing] = useState<Queue>();
  const [chosen, setChosen] = useState<string[]>([]);
  const save = useMutation({
    mutationFn: () => setMembers(editing!, chosen),
    onSuccess: () => {
      void message.success(t('support.queues.membersSaved'));
      void queryClient.invalidateQueries({ queryKey: supportKeys.queues() });
      setEditing(undefined);
    },
    onError: (error) => void message.error(supportProblemMessage(t, error)),
  });
  const columns: TableProps<Queue>['columns'] = [
    { key: 'code', title: t('support.queues.code'), render: (_, q) => q.code },
    {
      key: 'name',
      title: t('support.queues.name'),
      render: (_, q) => (
        <span>
          {q.name} {!q.active && <Tag>{t('support.queues.inactive')}</Tag>}
        </span>
      ),
    },
    {
      key: 'members',
      title: t('support.queues.members'),
      render: (_, q) =>
        q.memberIds.length
          ? q.memberIds.map((id) => <Tag key={id}>{agentName(id)}</Tag>)
          : t('support.queues.noMembers'),
    },
    {
      key: 'lead',
      title: t('support.queues.lead'),
      render: (_, q) => (q.leadUserId ? agentName(q.leadUserId) : t('common.none')),
    },
    {
      key: 'activeTickets',
      title: t('support.queues.activeTickets'),
      align: 'right',
      render: (_, q) => q.activeTickets,
    },
    ...(writable
      ? [
          {
            key: 'edit',
            title: '',
            render: (_: unknown, q: Queue) => (
              <Button size="small" onClick={() => (setChosen(q.memberIds), setEditing(q))}>
                {t('support.queues.editMembers')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <Flex vertical gap="middle">
      <PageHeader title={t('support.queues.title')} subtitle={t('support.queues.subtitle')} />
      {queues.isError && <QueryProblem error={queues.error} onRetry={() => void queues.refetch()} />}
      <Table<Queue>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={queues.data ?? []}
        loading={queues.isPending}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="queues-table"
        locale={{ emptyText: queues.isPending ? null : <ListEmpty noneText={t('support.queues.empty')} /> }}
      />
      {editing && (
        <Modal
          open
          title={t('support.queues.membersTitle', { name: editing.name })}
          okText={t('common.save')}
          cancelText={t('common.cancel')}
          confirmLoading={save.isPending}
          onOk={() => save.mutate()}
          onCancel={() => setEditing(undefined)}
        >
          <Select
            mode="multiple"
            aria-label={t('support.queues.members')}
            style={{ width: '100%' }}
            showSearch={{ optionFilterProp: 'label' }}
            value={chosen}
            onChange={setChosen}
            options={(agents.data ?? []).map((a) => ({
              value: a.id,
              label: `${a.displayName}（${a.username}）`,
            }))}
          />
        </Modal>
      )}
    </Flex>
  );
}
