import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Switch,
  Table,
  Tag,
  type TableProps,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../../auth/use-session';
import { FormActions } from '../../../shared/forms/FormActions';
import { useFormProblem } from '../../../shared/forms/use-form-problem';
import { CreateButton } from '../../../shared/ui/CreateButton';
import { ListEmpty } from '../../../shared/ui/ListEmpty';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryProblem } from '../../../shared/ui/QueryProblem';
import { splitMinutes } from '../sla-timer';
import { SupportProblemAlert } from '../SupportProblemAlert';
import {
  createSlaPolicy,
  slaPoliciesQuery,
  supportKeys,
  TICKET_CATEGORIES,
  TICKET_PRIORITIES,
  updateSlaPolicy,
  type NewSlaPolicy,
  type SlaPolicy,
} from '../support.api';

const FIELDS = [
  'name',
  'priority',
  'category',
  'firstResponseMinutes',
  'resolutionMinutes',
  'deskHours',
  'active',
];
const ANY = '';

interface Values {
  name: string;
  priority: string;
  category: string;
  firstResponseMinutes: number;
  resolutionMinutes: number;
  active: boolean;
}
type Editing = { mode: 'create' } | { mode: 'edit'; policy: SlaPolicy };

function PolicyForm({ editing, onClose }: { editing: Editing; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const formProblem = useFormProblem(form, FIELDS);
  const save = useMutation({
    mutationFn: (input: NewSlaPolicy) =>
      editing.mode === 'create' ? createSlaPolicy(input) : updateSlaPolicy(editing.policy, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: supportKeys.slaPolicies() }),
  });
  const submit = async (values: Values) => {
    formProblem.clear();
    try {
      await save.mutateAsync({
        name: values.name.trim(),
        priority: (values.priority || null) as NewSlaPolicy['priority'],
        category: (values.category || null) as NewSlaPolicy['category'],
        firstResponseMinutes: values.firstResponseMinutes,
        resolutionMinutes: values.resolutionMinutes,
        active: values.active,
      });
      void message.success(t('support.slaPolicies.saved'));
      onClose();
    } catch (error) {
      formProblem.report(error);
    }
  };
  const initial: Values =
    editing.mode === 'create'
      ? {
          name: '',
          priority: ANY,
          category: ANY,
          firstResponseMinutes: 240,
          resolutionMinutes: 1440,
          active: true,
        }
      : {
          name: editing.policy.name,
          priority: editing.policy.priority ?? ANY,
          category: editing.policy.category ?? ANY,
          firstResponseMinutes: editing.policy.firstResponseMinutes,
          resolutionMinutes: editing.policy.resolutionMinutes,
          active: editing.policy.active,
        };
  return (
    <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={submit}>
      <Form.Item
        name="name"
        label={t('support.slaPolicies.name')}
        rules={[{ required: true, whitespace: true, message: t('support.slaPolicies.nameRequired') }]}
      >
        <Input autoFocus maxLength={100} />
      </Form.Item>
      <Form.Item name="priority" label={t('support.slaPolicies.priority')}>
        <Select
          options={[
            { value: ANY, label: t('support.slaPolicies.any') },
            ...TICKET_PRIORITIES.map((p) => ({ value: p, label: t(`support.priorities.${p}`) })),
          ]}
        />
      </Form.Item>
      <Form.Item name="category" label={t('support.slaPolicies.category')}>
        <Select
          options={[
            { value: ANY, label: t('support.slaPolicies.any') },
            ...TICKET_CATEGORIES.map((c) => ({ value: c, label: t(`support.categories.${c}`) })),
          ]}
        />
      </Form.Item>
      <Form.Item
        name="firstResponseMinutes"
        label={t('support.slaPolicies.firstResponseMinutes')}
        rules={[{ required: true }]}
      >
        <InputNumber min={1} max={100000} precision={0} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item
        name="resolutionMinutes"
        label={t('support.slaPolicies.resolutionMinutes')}
        rules={[{ required: true }]}
      >
        <InputNumber min={1} max={1000000} precision={0} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="active" label={t('support.slaPolicies.active')} valuePropName="checked">
        <Switch />
      </Form.Item>
      {formProblem.problem && (
        <Form.Item>
          <SupportProblemAlert
            error={formProblem.problem.error}
            fieldErrors={formProblem.problem.unmatched}
          />
        </Form.Item>
      )}
      <FormActions submitting={save.isPending} onCancel={onClose} />
    </Form>
  );
}

/** SLA 策略 → targets per priority and category, in business minutes, with the desk's hours. */
export function SlaPoliciesPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const [editing, setEditing] = useState<Editing>();
  const policies = useQuery(slaPoliciesQuery());
  const writable = can('sla-policies:write');
  const create = writable
    ? { label: t('support.slaPolicies.create'), onClick: () => setEditing({ mode: 'create' }) }
    : undefined;
  const duration = (minutes: number) => {
    const split = splitMinutes(minutes);
    return split.hours
      ? t('support.sla.duration', { hours: split.hours, minutes: split.minutes })
      : t('support.sla.durationMinutes', { minutes: split.minutes });
  };
  const columns: TableProps<SlaPolicy>['columns'] = [
    {
      key: 'name',
      title: t('support.slaPolicies.name'),
      render: (_, p) => (
        <span>
          {p.name} {!p.active && <Tag>{t('support.slaPolicies.inactive')}</Tag>}
        </span>
      ),
    },
    {
      key: 'priority',
      title: t('support.slaPolicies.priority'),
      render: (_, p) =>
        p.priority ? t(`support.priorities.${p.priority as 'low'}`) : t('support.slaPolicies.any'),
    },
    {
      key: 'category',
      title: t('support.slaPolicies.category'),
      render: (_, p) =>
        p.category ? t(`support.categories.${p.category as 'order'}`) : t('support.slaPolicies.any'),
    },
    {
      key: 'first',
      title: t('support.sla.firstResponse'),
      render: (_, p) => duration(p.firstResponseMinutes),
    },
    {
      key: 'resolution',
      title: t('support.sla.resolution'),
      render: (_, p) => duration(p.resolutionMinutes),
    },
    {
      key: 'deskHours',
      title: t('support.slaPolicies.deskHours'),
      render: (_, p) => p.deskHours.map((h) => `${h.start}–${h.end}`).join(', '),
    },
    ...(writable
      ? [
          {
            key: 'edit',
            title: '',
            render: (_: unknown, p: SlaPolicy) => (
              <Button size="small" onClick={() => setEditing({ mode: 'edit', policy: p })}>
                {t('support.slaPolicies.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('support.slaPolicies.title')}
        subtitle={t('support.slaPolicies.subtitle')}
        extra={<CreateButton create={create} />}
      />
      {policies.isError && <QueryProblem error={policies.error} onRetry={() => void policies.refetch()} />}
      <Table<SlaPolicy>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={policies.data ?? []}
        loading={policies.isPending}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="sla-policies-table"
        locale={{
          emptyText: policies.isPending ? null : (
            <ListEmpty noneText={t('support.slaPolicies.empty')} create={create} />
          ),
        }}
      />
      <Modal
        open={!!editing}
        onCancel={() => setEditing(undefined)}
        footer={null}
        destroyOnHidden
        title={
          editing?.mode === 'edit'
            ? t('support.slaPolicies.editTitle', { name: editing.policy.name })
            : t('support.slaPolicies.createTitle')
        }
      >
        {editing && <PolicyForm editing={editing} onClose={() => setEditing(undefined)} />}
      </Modal>
    </Flex>
  );
}
