import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { yuanToMinorUnits } from '../../shared/money/money';
import { YuanInput, yuanRules } from '../../shared/money/YuanInput';
import { INPUT_KINDS } from './payroll.api';
import { payrollProblemMessage } from './payroll-problems';
import { PayrollEmployeeSelect } from './PayrollEmployeeSelect';
import { useAddInput } from './use-payroll-mutations';

interface Values {
  employeeId?: string;
  kind: (typeof INPUT_KINDS)[number];
  amount: string;
  description: string;
}

/** 录入工资项目: a commission, reward, deduction or allowance for one employee in the month. */
export function InputModal({ month, open, onClose }: { month: string; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const add = useAddInput();
  const [refusal, setRefusal] = useState<string>();
  const submit = (v: Values) => {
    setRefusal(undefined);
    add.mutate(
      {
        employeeId: v.employeeId!,
        month,
        kind: v.kind,
        amount: yuanToMinorUnits(v.amount)!,
        description: v.description.trim(),
      },
      { onSuccess: onClose, onError: (error) => setRefusal(payrollProblemMessage(t, error)) },
    );
  };
  return (
    <Modal
      open={open}
      title={t('financePayroll.inputs.addTitle', { month })}
      okText={t('financePayroll.inputs.add')}
      okButtonProps={{ loading: add.isPending, htmlType: 'submit', form: 'payroll-input' }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="payroll-input"
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={{ kind: 'reward' }}
      >
        <Form.Item
          name="employeeId"
          label={t('financePayroll.review.employee')}
          rules={[{ required: true, message: t('financePayroll.common.employeeRequired') }]}
        >
          <PayrollEmployeeSelect aria-label={t('financePayroll.review.employee')} />
        </Form.Item>
        <Form.Item name="kind" label={t('financePayroll.inputs.kind')}>
          <Select
            aria-label={t('financePayroll.inputs.kind')}
            options={INPUT_KINDS.map((kind) => ({
              value: kind,
              label: t(`financePayroll.inputs.kinds.${kind}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="amount" label={t('financePayroll.inputs.amount')} rules={yuanRules(t)}>
          <YuanInput aria-label={t('financePayroll.inputs.amount')} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('financePayroll.inputs.description')}
          rules={[
            { required: true, whitespace: true, message: t('financePayroll.inputs.descriptionRequired') },
          ]}
        >
          <Input aria-label={t('financePayroll.inputs.description')} maxLength={200} />
        </Form.Item>
      </Form>
      {refusal && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('financePayroll.inputs.refused')}
          description={refusal}
        />
      )}
    </Modal>
  );
}
