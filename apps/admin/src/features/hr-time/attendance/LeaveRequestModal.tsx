import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../shared/forms/FormActions';
import { EmployeeSelect } from '../shared/EmployeeSelect';
import { hrTimeProblemMessage } from '../shared/hr-time-problems';
import { attendanceKeys, createLeaveRequest, leaveTypesQuery } from './attendance.api';

interface LeaveValues {
  employeeId: string;
  leaveType: string;
  period: [Dayjs, Dayjs];
  reason: string;
}

/** Apply for leave on an employee's behalf; it goes to the approval chain (审批) and counts once approved. */
export function LeaveRequestModal({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const types = useQuery(leaveTypesQuery());
  const create = useMutation({
    mutationFn: (values: LeaveValues) =>
      createLeaveRequest({
        employeeId: values.employeeId,
        leaveType: values.leaveType,
        startsOn: values.period[0].format('YYYY-MM-DD'),
        endsOn: values.period[1].format('YYYY-MM-DD'),
        reason: values.reason.trim(),
      }),
    onSuccess: (request) => {
      void message.success(t('hrTime.leave.created', { number: request.number, days: request.days }));
      void queryClient.invalidateQueries({ queryKey: attendanceKeys.all });
      onClose();
    },
    onError: (error) => void message.error(hrTimeProblemMessage(t, error)),
  });
  return (
    <Modal open onCancel={onClose} footer={null} destroyOnHidden title={t('hrTime.leave.apply')}>
      <Form<LeaveValues> layout="vertical" onFinish={(values) => create.mutate(values)}>
        <Form.Item
          name="employeeId"
          label={t('hrTime.common.employee')}
          rules={[{ required: true, message: t('hrTime.common.employeeRequired') }]}
        >
          <EmployeeSelect autoFocus />
        </Form.Item>
        <Form.Item
          name="leaveType"
          label={t('hrTime.leave.type')}
          rules={[{ required: true, message: t('hrTime.leave.typeRequired') }]}
        >
          <Select
            loading={types.isPending}
            options={(types.data ?? []).map((type) => ({ value: type.code, label: type.name }))}
          />
        </Form.Item>
        <Form.Item
          name="period"
          label={t('hrTime.leave.period')}
          rules={[{ required: true, message: t('hrTime.leave.periodRequired') }]}
        >
          <DatePicker.RangePicker style={{ width: '100%' }} />
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
