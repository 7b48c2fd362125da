import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Flex, Form, Input, InputNumber, Modal, type TableProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../../auth/use-session';
import { FormActions } from '../../../shared/forms/FormActions';
import { useCursorPages } from '../../../shared/pagination/use-cursor-pages';
import { CursorTable } from '../../../shared/ui/CursorTable';
import { EmployeeName } from '../shared/EmployeeName';
import { EmployeeSelect } from '../shared/EmployeeSelect';
import { hrTimeProblemMessage } from '../shared/hr-time-problems';
import {
  attendanceKeys,
  cancelOvertimeRequest,
  createOvertimeRequest,
  overtimeRequestsQuery,
  type OvertimeRequest,
} from './attendance.api';
import { RequestStatusTag } from './RequestStatusTag';

const PAGE_SIZE = 50;

/** 加班: requests with the rate the calendar gives the day (×1.5 weekday, ×2 rest day, ×3 public holiday). */
export function OvertimeRequests({ employeeId }: { employeeId: string | undefined }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const queryClient = useQueryClient();
  const [applying, setApplying] = useState(false);
  const pages = useCursorPages(employeeId ?? '');
  const list = useQuery({
    ...overtimeRequestsQuery({
      employeeId,
      sort: '-createdAt',
      limit: PAGE_SIZE,
      cursor: pages.cursor,
      count: !pages.cursor || undefined,
    }),
    placeholderData: keepPreviousData,
  });
  const cancel = useMutation({
    mutationFn: cancelOvertimeRequest,
    onSuccess: () => {
      void message.success(t('hrTime.overtime.cancelled'));
      void queryClient.invalidateQueries({ queryKey: attendanceKeys.all });
    },
    onError: (error) => void message.error(hrTimeProblemMessage(t, error)),
  });
  const writable = can('leave-requests:write');
  const columns: TableProps<OvertimeRequest>['columns'] = [
    { key: 'number', title: t('hrTime.common.number'), render: (_, r) => r.number },
    {
      key: 'employee',
      title: t('hrTime.common.employee'),
      render: (_, r) => <EmployeeName id={r.employeeId} />,
    },
    { key: 'date', title: t('hrTime.overtime.workDate'), render: (_, r) => r.workDate },
    { key: 'hours', title: t('hrTime.overtime.hours'), align: 'right', render: (_, r) => r.hours },
    {
      key: 'kind',
      title: t('hrTime.overtime.kind'),
      render: (_, r) => `${t(`hrTime.overtime.kinds.${r.kind}`)} ×${r.multiplier}`,
    },
    { key: 'reason', title: t('hrTime.common.reason'), render: (_, r) => r.reason },
    {
      key: 'status',
      title: t('hrTime.common.status'),
      render: (_, r) => <RequestStatusTag status={r.status} />,
    },
    ...(writable
      ? [
          {
            key: 'actions',
            title: '',
            render: (_: unknown, r: OvertimeRequest) =>
              r.status === 'pending_approval' || r.status === 'approved' ? (
                <Button
                  size="small"
                  loading={cancel.isPending && cancel.variables === r.id}
                  onClick={() => cancel.mutate(r.id)}
                >
                  {t('hrTime.common.cancelRequest')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];
  return (
    <Flex vertical gap="middle">
      {writable && (
        <Flex justify="end">
          <Button type="primary" onClick={() => setApplying(true)}>
            {t('hrTime.overtime.apply')}
          </Button>
        </Flex>
      )}
      <CursorTable<OvertimeRequest>
        list={list}
        pages={pages}
        total={list.data?.total}
        pageSize={PAGE_SIZE}
        onPageSizeChange={() => undefined}
        columns={columns}
        testId="overtime-table"
        empty={{ noneText: t('hrTime.overtime.empty') }}
      />
      {applying && <OvertimeModal onClose={() => setApplying(false)} />}
    </Flex>
  );
}

interface OvertimeValues {
  employeeId: string;
  workDate: Dayjs;
  hours: number;
  reason: string;
}

function OvertimeModal({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (values: OvertimeValues) =>
      createOvertimeRequest({
        employeeId: values.employeeId,
        workDate: values.workDate.format('YYYY-MM-DD'),
        hours: values.hours,
        reason: values.reason.trim(),
      }),
    onSuccess: (request) => {
      void message.success(t('hrTime.overtime.created', { number: request.number }));
      void queryClient.invalidateQueries({ queryKey: attendanceKeys.all });
      onClose();
    },
    onError: (error) => void message.error(hrTimeProblemMessage(t, error)),
  });
  return (
    <Modal open onCancel={onClose} footer={null} destroyOnHidden title={t('hrTime.overtime.apply')}>
      <Form<OvertimeValues> layout="vertical" onFinish={(values) => create.mutate(values)}>
        <Form.Item
          name="employeeId"
          label={t('hrTime.common.employee')}
          rules={[{ required: true, message: t('hrTime.common.employeeRequired') }]}
        >
          <EmployeeSelect autoFocus />
        </Form.Item>
        <Form.Item
          name="workDate"
          label={t('hrTime.overtime.workDate')}
          rules={[{ required: true, message: t('hrTime.overtime.workDateRequired') }]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="hours"
          label={t('hrTime.overtime.hours')}
          rules={[{ required: true, message: t('hrTime.overtime.hoursRequired') }]}
        >
          <InputNumber min={0.5} max={24} step={0.5} precision={1} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('hrTime.common.reason')}
          rules={[{ required: true, whitespace: true, message: t('hrTime.common.reasonRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <FormActions
          submitting={create.isPending}
          onCancel={onClose}
          submitLabel={t('hrTime.common.submit')}
        />
      </Form>
    </Modal>
  );
}
