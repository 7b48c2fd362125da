import { Alert, DatePicker, Form, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chinaToday } from '../cod/cod.api';
import { OrgUnitTreeSelect } from '../org-units/OrgUnitTreeSelect';
import type { PayrollRun } from './payroll.api';
import { previousMonth } from './payroll-list-state';
import { payrollProblemMessage } from './payroll-problems';
import { useCreateRun } from './use-payroll-mutations';

interface Values {
  month: Dayjs;
  orgUnitId?: string;
}

/** 新建工资表: a month (last month by default, the one normally paid) and the unit whose people are paid. */
export function NewRunModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose(): void;
  onCreated(run: PayrollRun): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateRun();
  const [refusal, setRefusal] = useState<string>();

  const submit = (values: Values) => {
    setRefusal(undefined);
    create.mutate(
      { month: values.month.format('YYYY-MM'), orgUnitId: values.orgUnitId! },
      { onSuccess: onCreated, onError: (error) => setRefusal(payrollProblemMessage(t, error)) },
    );
  };

  return (
    <Modal
      open={open}
      title={t('financePayroll.create.title')}
      okText={t('financePayroll.create.submit')}
      okButtonProps={{ loading: create.isPending, htmlType: 'submit', form: 'new-payroll-run' }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="new-payroll-run"
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={{ month: dayjs(`${previousMonth(chinaToday())}-01`) }}
      >
        <Form.Item
          name="month"
          label={t('financePayroll.fields.month')}
          rules={[{ required: true, message: t('financePayroll.create.monthRequired') }]}
        >
          <DatePicker picker="month" aria-label={t('financePayroll.fields.month')} allowClear={false} />
        </Form.Item>
        <Form.Item
          name="orgUnitId"
          label={t('financePayroll.fields.orgUnit')}
          extra={t('financePayroll.create.orgUnitHint')}
          rules={[{ required: true, message: t('financePayroll.create.orgUnitRequired') }]}
        >
          <OrgUnitTreeSelect aria-label={t('financePayroll.fields.orgUnit')} activeOnly />
        </Form.Item>
      </Form>
      {refusal && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('financePayroll.create.refused')}
          description={refusal}
        />
      )}
    </Modal>
  );
}
