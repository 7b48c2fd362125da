import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { minorUnitsToYuanText, yuanToMinorUnits } from '../../shared/money/money';
import { YuanInput, yuanRules } from '../../shared/money/YuanInput';
import { chinaToday } from '../cod/cod.api';
import { COST_ACCOUNTS, type PayrollEmployee } from './payroll.api';
import { payrollProblemMessage } from './payroll-problems';
import { StructureHistory } from './StructureHistory';
import { useSetStructure } from './use-payroll-mutations';

interface Values {
  effectiveFrom: Dayjs;
  baseSalary: string;
  positionAllowance: string;
  otherAllowances: string;
  insuranceCity: string;
  insuranceBase?: string;
  costAccount: string;
}

const yuan = (fen: number | null | undefined) =>
  fen === null || fen === undefined ? '' : minorUnitsToYuanText(fen);

/**
 * 调整薪资结构: a new structure for the employee from a date (the old one stays for earlier months); amounts
 * are typed in yuan and sent in 分.
 */
export function StructureModal({
  employee,
  onClose,
}: {
  employee: PayrollEmployee | undefined;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useSetStructure();
  const [refusal, setRefusal] = useState<string>();
  const current = employee?.structure;

  const submit = (v: Values) => {
    setRefusal(undefined);
    save.mutate(
      {
        employeeId: employee!.id,
        effectiveFrom: v.effectiveFrom.format('YYYY-MM-DD'),
        baseSalary: yuanToMinorUnits(v.baseSalary)!,
        positionAllowance: yuanToMinorUnits(v.positionAllowance || '0')!,
        otherAllowances: yuanToMinorUnits(v.otherAllowances || '0')!,
        insuranceCity: v.insuranceCity.trim(),
        insuranceBase: v.insuranceBase?.trim() ? yuanToMinorUnits(v.insuranceBase) : undefined,
        costAccount: v.costAccount as (typeof COST_ACCOUNTS)[number],
      },
      { onSuccess: onClose, onError: (error) => setRefusal(payrollProblemMessage(t, error)) },
    );
  };

  return (
    <Modal
      open={!!employee}
      title={
        employee && t('financePayroll.structures.editTitle', { name: employee.name, number: employee.number })
      }
      okText={t('common.save')}
      okButtonProps={{ loading: save.isPending, htmlType: 'submit', form: 'salary-structure' }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="salary-structure"
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={{
          effectiveFrom: dayjs(`${chinaToday().slice(0, 7)}-01`),
          baseSalary: yuan(current?.baseSalary),
          positionAllowance: yuan(current?.positionAllowance ?? 0),
          otherAllowances: yuan(current?.otherAllowances ?? 0),
          insuranceCity: current?.insuranceCity ?? '北京',
          insuranceBase: yuan(current?.insuranceBase),
          costAccount: current?.costAccount ?? '6602',
        }}
      >
        <Form.Item
          name="effectiveFrom"
          label={t('financePayroll.structures.effectiveFrom')}
          rules={[{ required: true, message: t('financePayroll.structures.effectiveFromRequired') }]}
        >
          <DatePicker aria-label={t('financePayroll.structures.effectiveFrom')} allowClear={false} />
        </Form.Item>
        <Form.Item name="baseSalary" label={t('financePayroll.payslip.baseSalary')} rules={yuanRules(t)}>
          <YuanInput aria-label={t('financePayroll.payslip.baseSalary')} />
        </Form.Item>
        <Form.Item
          name="positionAllowance"
          label={t('financePayroll.payslip.positionAllowance')}
          rules={yuanRules(t, { required: false })}
        >
          <YuanInput aria-label={t('financePayroll.payslip.positionAllowance')} />
        </Form.Item>
        <Form.Item
          name="otherAllowances"
          label={t('financePayroll.payslip.otherAllowances')}
          rules={yuanRules(t, { required: false })}
        >
          <YuanInput aria-label={t('financePayroll.payslip.otherAllowances')} />
        </Form.Item>
        <Form.Item
          name="insuranceCity"
          label={t('financePayroll.structures.insuranceCity')}
          rules={[{ required: true, whitespace: true, message: t('financePayroll.structures.cityRequired') }]}
        >
          <Input aria-label={t('financePayroll.structures.insuranceCity')} maxLength={20} />
        </Form.Item>
        <Form.Item
          name="insuranceBase"
          label={t('financePayroll.structures.insuranceBase')}
          extra={t('financePayroll.structures.insuranceBaseHint')}
          rules={yuanRules(t, { required: false })}
        >
          <YuanInput aria-label={t('financePayroll.structures.insuranceBase')} />
        </Form.Item>
        <Form.Item name="costAccount" label={t('financePayroll.structures.costAccount')}>
          <Select
            aria-label={t('financePayroll.structures.costAccount')}
            options={COST_ACCOUNTS.map((code) => ({
              value: code,
              label: t(`financePayroll.structures.costAccounts.${code}`),
            }))}
          />
        </Form.Item>
      </Form>
      {employee && <StructureHistory employeeId={employee.id} />}
      {refusal && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('financePayroll.structures.refused')}
          description={refusal}
        />
      )}
    </Modal>
  );
}
