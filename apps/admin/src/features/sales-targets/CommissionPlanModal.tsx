import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Modal, Switch } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import {
  bpToPercentText,
  MAX_ATTAINMENT_PERCENT,
  MAX_RATE_PERCENT,
  percentTextToBp,
  sortedTiers,
} from './commission-tiers';
import type { CommissionPlan } from './commissions.api';
import { useSaveCommissionPlan } from './use-commission-mutations';

interface Values {
  code?: string;
  name?: string;
  active?: boolean;
  tiers: Array<{ from?: string; rate?: string }>;
}

/** A new plan, or a changed name, tiers or in-use flag of one (If-Match); rates and thresholds in percent. */
export function CommissionPlanModal({
  open,
  plan,
  onClose,
}: {
  open: boolean;
  plan?: CommissionPlan;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveCommissionPlan();
  const { problem, report, clear } = useFormProblem(form, ['code', 'name', 'active']);
  const f = (key: string) => t(`salesTargets.planFields.${key as 'code'}`);
  const percentRule = (max: number): Rule => ({
    required: true,
    validator: async (_rule, value?: string) => {
      if (percentTextToBp(value, max) === undefined)
        throw new Error(t('salesTargets.planForm.percentInvalid'));
    },
  });

  const submit = (values: Values) => {
    clear();
    const tiers = values.tiers.map((tier) => ({
      fromAttainmentBp: percentTextToBp(tier.from, MAX_ATTAINMENT_PERCENT)!,
      rateBp: percentTextToBp(tier.rate, MAX_RATE_PERCENT)!,
    }));
    const name = values.name!.trim();
    const input = plan ? { name, tiers, active: values.active } : { code: values.code!.trim(), name, tiers };
    save.mutate(
      { plan, input },
      {
        onSuccess: () => {
          void message.success(t('salesTargets.planForm.saved'));
          onClose();
        },
        onError: report,
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t(`salesTargets.planForm.${plan ? 'editTitle' : 'createTitle'}`)}
      okText={t('common.save')}
      okButtonProps={{ loading: save.isPending, htmlType: 'submit', form: 'commission-plan-form' }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="commission-plan-form"
        layout="vertical"
        preserve={false}
        onFinish={submit}
        initialValues={
          plan
            ? {
                name: plan.name,
                active: plan.active,
                tiers: sortedTiers(plan.tiers).map((tier) => ({
                  from: bpToPercentText(tier.fromAttainmentBp),
                  rate: bpToPercentText(tier.rateBp),
                })),
              }
            : { tiers: [{ from: '0', rate: '' }] }
        }
      >
        {!plan && (
          <Form.Item name="code" label={f('code')} rules={[{ required: true }]}>
            <Input aria-label={f('code')} maxLength={32} />
          </Form.Item>
        )}
        <Form.Item name="name" label={f('name')} rules={[{ required: true, whitespace: true }]}>
          <Input aria-label={f('name')} maxLength={100} />
        </Form.Item>
        <Form.List name="tiers">
          {(fields, { add, remove }) => (
            <Flex vertical gap={0}>
              {fields.map((field, index) => (
                <Flex key={field.key} gap="small" align="start">
                  <Form.Item
                    name={[field.name, 'from']}
                    label={index === 0 ? f('fromAttainment') : undefined}
                    rules={[percentRule(MAX_ATTAINMENT_PERCENT)]}
                    style={{ flex: 1 }}
                  >
                    <Input
                      aria-label={`${f('fromAttainment')} ${index + 1}`}
                      suffix="%"
                      inputMode="decimal"
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'rate']}
                    label={index === 0 ? f('rate') : undefined}
                    rules={[percentRule(MAX_RATE_PERCENT)]}
                    style={{ flex: 1 }}
                  >
                    <Input aria-label={`${f('rate')} ${index + 1}`} suffix="%" inputMode="decimal" />
                  </Form.Item>
                  <Button
                    aria-label={`${t('salesTargets.planForm.removeTier')} ${index + 1}`}
                    icon={<DeleteOutlined />}
                    disabled={fields.length === 1}
                    onClick={() => remove(field.name)}
                    style={{ marginTop: index === 0 ? 30 : 0 }}
                  />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                {t('salesTargets.planForm.addTier')}
              </Button>
            </Flex>
          )}
        </Form.List>
        {plan && (
          <Form.Item name="active" label={f('active')} valuePropName="checked" style={{ marginTop: 16 }}>
            <Switch aria-label={f('active')} />
          </Form.Item>
        )}
      </Form>
      {problem && <ProblemAlert error={problem.error} fieldErrors={problem.unmatched} />}
    </Modal>
  );
}
