import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../shared/forms/FormActions';
import { yuanToMinorUnits } from '../../../shared/money/money';
import { YuanInput, yuanRules } from '../../../shared/money/YuanInput';
import { EmployeeSelect } from '../shared/EmployeeSelect';
import { hrTimeProblemMessage } from '../shared/hr-time-problems';
import { fieldsFor } from './action-fields';
import {
  ACTION_TYPES,
  actionKeys,
  positionsQuery,
  proposeAction,
  type ActionType,
  type PersonnelAction,
} from './personnel-actions.api';

interface ProposeValues {
  employeeId: string;
  type: ActionType;
  effectiveOn: Dayjs;
  reason: string;
  positionId?: string;
  grade?: string;
  /** Yuan as typed; sent as 分. */
  salary?: string;
  amount?: string;
}

const minor = (text: string | undefined) => (text?.trim() ? yuanToMinorUnits(text) : undefined);

/** Propose a personnel action: the form shows the changes its type takes, then it goes to the approval chain. */
export function ProposeActionModal({
  onClose,
  onCreated,
}: {
  onClose(): void;
  onCreated(a: PersonnelAction): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ProposeValues>();
  const type = Form.useWatch('type', form) ?? 'grading';
  const fields = fieldsFor(type);
  const shows = (field: string) => fields.find((f) => f.field === field);
  const positions = useQuery({ ...positionsQuery(), enabled: !!shows('positionId') });
  const propose = useMutation({
    mutationFn: (v: ProposeValues) =>
      proposeAction({
        employeeId: v.employeeId,
        type: v.type,
        effectiveOn: v.effectiveOn.format('YYYY-MM-DD'),
        reason: v.reason.trim(),
        positionId: shows('positionId') ? v.positionId : undefined,
        grade: shows('grade') ? v.grade?.trim() || undefined : undefined,
        salary: shows('salary') ? minor(v.salary) : undefined,
        amount: shows('amount') ? minor(v.amount) : undefined,
      }),
    onSuccess: (action) => {
      void message.success(t('hrTime.actions.proposed', { number: action.number }));
      void queryClient.invalidateQueries({ queryKey: actionKeys.all });
      onCreated(action);
    },
    onError: (error) => void message.error(hrTimeProblemMessage(t, error)),
  });
  const required = (field: string) => !!shows(field)?.required;
  return (
    <Modal open onCancel={onClose} footer={null} destroyOnHidden title={t('hrTime.actions.propose')}>
      <Form<ProposeValues>
        form={form}
        layout="vertical"
        initialValues={{ type: 'grading' }}
        onFinish={(v) => propose.mutate(v)}
      >
        <Form.Item name="type" label={t('hrTime.actions.type')}>
          <Select options={ACTION_TYPES.map((a) => ({ value: a, label: t(`hrTime.actions.types.${a}`) }))} />
        </Form.Item>
        <Form.Item
          name="employeeId"
          label={t('hrTime.common.employee')}
          rules={[{ required: true, message: t('hrTime.common.employeeRequired') }]}
        >
          <EmployeeSelect />
        </Form.Item>
        <Form.Item
          name="effectiveOn"
          label={t('hrTime.actions.effectiveOn')}
          rules={[{ required: true, message: t('hrTime.actions.effectiveOnRequired') }]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        {shows('positionId') && (
          <Form.Item
            name="positionId"
            label={t('hrTime.actions.position')}
            rules={[{ required: required('positionId'), message: t('hrTime.actions.positionRequired') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={positions.isPending}
              options={(positions.data?.data ?? []).map((p) => ({
                value: p.id,
                label: `${p.title}（${p.code}）`,
              }))}
            />
          </Form.Item>
        )}
        {shows('grade') && (
          <Form.Item
            name="grade"
            label={t('hrTime.actions.grade')}
            rules={[
              { required: required('grade'), whitespace: true, message: t('hrTime.actions.gradeRequired') },
            ]}
          >
            <Input maxLength={20} placeholder="P3" />
          </Form.Item>
        )}
        {shows('salary') && (
          <Form.Item
            name="salary"
            label={t('hrTime.actions.salary')}
            rules={yuanRules(t, { required: required('salary') })}
          >
            <YuanInput />
          </Form.Item>
        )}
        {shows('amount') && (
          <Form.Item
            name="amount"
            label={t('hrTime.actions.amount')}
            rules={yuanRules(t, { required: required('amount') })}
          >
            <YuanInput />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={t('hrTime.common.reason')}
          rules={[{ required: true, whitespace: true, message: t('hrTime.common.reasonRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <FormActions
          submitting={propose.isPending}
          onCancel={onClose}
          submitLabel={t('hrTime.common.submit')}
        />
      </Form>
    </Modal>
  );
}
