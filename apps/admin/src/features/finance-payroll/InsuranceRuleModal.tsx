import { Alert, Col, Form, Input, Modal, Row } from 'antd';
import type { Rule } from 'antd/es/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { YuanInput, yuanRules } from '../../shared/money/YuanInput';
import {
  INSURANCE_PARTS,
  percentToBp,
  RULE_BASES,
  ruleToValues,
  valuesToRule,
  type RuleValues,
} from './insurance-rule-form';
import type { InsuranceRule } from './payroll.api';
import { payrollProblemMessage } from './payroll-problems';
import { usePutInsuranceRule } from './use-payroll-mutations';

/** 五险一金规则: a city's rates (percent) and contribution bases (yuan) for a year, as the city announces them. */
export function InsuranceRuleModal({
  year,
  rule,
  open,
  onClose,
}: {
  year: number;
  /** Undefined: a city not yet configured for the year. */
  rule: InsuranceRule | undefined;
  open: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RuleValues>();
  const put = usePutInsuranceRule(year);
  const [refusal, setRefusal] = useState<string>();
  const rate: Rule[] = [
    { required: true, message: t('financePayroll.insurance.rateRequired') },
    {
      validator: async (_r, value?: string) => {
        const bp = value ? percentToBp(value) : undefined;
        if (value && (bp === undefined || bp > 5000))
          throw new Error(t('financePayroll.insurance.rateInvalid'));
      },
    },
  ];
  const submit = (values: RuleValues) => {
    setRefusal(undefined);
    put.mutate(
      { city: values.city.trim(), rule: valuesToRule(values) },
      { onSuccess: onClose, onError: (error) => setRefusal(payrollProblemMessage(t, error)) },
    );
  };
  return (
    <Modal
      open={open}
      width={640}
      title={t('financePayroll.insurance.editTitle', { year, city: rule?.city ?? '' })}
      okText={t('common.save')}
      okButtonProps={{ loading: put.isPending, htmlType: 'submit', form: 'insurance-rule' }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<RuleValues>
        form={form}
        name="insurance-rule"
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={ruleToValues(rule)}
      >
        <Form.Item
          name="city"
          label={t('financePayroll.structures.insuranceCity')}
          rules={[{ required: true, whitespace: true, message: t('financePayroll.structures.cityRequired') }]}
        >
          <Input aria-label={t('financePayroll.structures.insuranceCity')} disabled={!!rule} maxLength={20} />
        </Form.Item>
        {INSURANCE_PARTS.map((part) => (
          <Row key={part} gutter={16}>
            {(['employee', 'employer'] as const).map((side) => {
              const label = t(`financePayroll.insurance.${side}Rate`, {
                part: t(`financePayroll.payslip.parts.${part}`),
              });
              return (
                <Col span={12} key={side}>
                  <Form.Item name={`${side}_${part}`} label={label} rules={rate}>
                    <Input aria-label={label} suffix="%" inputMode="decimal" />
                  </Form.Item>
                </Col>
              );
            })}
          </Row>
        ))}
        <Row gutter={16}>
          {RULE_BASES.map((base) => (
            <Col span={12} key={base}>
              <Form.Item name={base} label={t(`financePayroll.insurance.${base}`)} rules={yuanRules(t)}>
                <YuanInput aria-label={t(`financePayroll.insurance.${base}`)} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Form>
      {refusal && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('financePayroll.insurance.refused')}
          description={refusal}
        />
      )}
    </Modal>
  );
}
