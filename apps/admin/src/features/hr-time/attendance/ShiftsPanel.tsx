import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Form, Input, InputNumber, Modal, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../../auth/use-session';
import { FormActions } from '../../../shared/forms/FormActions';
import { QueryProblem } from '../../../shared/ui/QueryProblem';
import { hrTimeProblemMessage } from '../shared/hr-time-problems';
import { attendanceKeys, createShift, shiftsQuery, type NewShift, type Shift } from './attendance.api';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** 班次: working hours with the lunch break and the minutes of grace before a punch counts as late. */
export function ShiftsPanel() {
  const { t } = useTranslation();
  const can = usePermissions();
  const shifts = useQuery(shiftsQuery());
  const [creating, setCreating] = useState(false);
  return (
    <Flex vertical gap="middle">
      {can('shifts:write') && (
        <Flex justify="end">
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('hrTime.shifts.create')}
          </Button>
        </Flex>
      )}
      {shifts.isError && <QueryProblem error={shifts.error} onRetry={() => void shifts.refetch()} />}
      <Table<Shift>
        size="middle"
        rowKey="id"
        pagination={false}
        loading={shifts.isPending}
        dataSource={shifts.data?.data ?? []}
        data-testid="shifts-table"
        locale={{ emptyText: t('hrTime.shifts.empty') }}
        columns={[
          { key: 'code', title: t('hrTime.shifts.code'), render: (_, s) => s.code },
          { key: 'name', title: t('hrTime.shifts.name'), render: (_, s) => s.name },
          { key: 'hours', title: t('hrTime.shifts.hours'), render: (_, s) => `${s.startsAt}–${s.endsAt}` },
          {
            key: 'break',
            title: t('hrTime.shifts.break'),
            render: (_, s) => (s.breakStartsAt ? `${s.breakStartsAt}–${s.breakEndsAt}` : t('common.none')),
          },
          { key: 'grace', title: t('hrTime.shifts.grace'), align: 'right', render: (_, s) => s.graceMinutes },
        ]}
      />
      {creating && <ShiftModal onClose={() => setCreating(false)} />}
    </Flex>
  );
}

function ShiftModal({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (values: NewShift) =>
      createShift({
        ...values,
        breakStartsAt: values.breakStartsAt || undefined,
        breakEndsAt: values.breakEndsAt || undefined,
      }),
    onSuccess: () => {
      void message.success(t('hrTime.shifts.created'));
      void queryClient.invalidateQueries({ queryKey: attendanceKeys.shifts() });
      onClose();
    },
    onError: (error) => void message.error(hrTimeProblemMessage(t, error)),
  });
  const time = (required: boolean) => [
    { required, message: t('hrTime.shifts.timeRequired') },
    { pattern: TIME, message: t('hrTime.shifts.timeFormat') },
  ];
  return (
    <Modal open onCancel={onClose} footer={null} destroyOnHidden title={t('hrTime.shifts.create')}>
      <Form<NewShift>
        layout="vertical"
        initialValues={{ graceMinutes: 5 }}
        onFinish={(v) => create.mutate(v)}
      >
        <Flex gap="small">
          <Form.Item
            name="code"
            label={t('hrTime.shifts.code')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input maxLength={20} autoFocus />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('hrTime.shifts.name')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input maxLength={60} />
          </Form.Item>
        </Flex>
        <Flex gap="small">
          <Form.Item name="startsAt" label={t('hrTime.shifts.startsAt')} rules={time(true)}>
            <Input placeholder="09:00" />
          </Form.Item>
          <Form.Item name="endsAt" label={t('hrTime.shifts.endsAt')} rules={time(true)}>
            <Input placeholder="18:00" />
          </Form.Item>
        </Flex>
        <Flex gap="small">
          <Form.Item name="breakStartsAt" label={t('hrTime.shifts.breakStartsAt')} rules={time(false)}>
            <Input placeholder="12:00" />
          </Form.Item>
          <Form.Item name="breakEndsAt" label={t('hrTime.shifts.breakEndsAt')} rules={time(false)}>
            <Input placeholder="13:00" />
          </Form.Item>
        </Flex>
        <Form.Item name="graceMinutes" label={t('hrTime.shifts.grace')}>
          <InputNumber min={0} max={60} />
        </Form.Item>
        <FormActions submitting={create.isPending} onCancel={onClose} />
      </Form>
    </Modal>
  );
}
