import { Alert, App, DatePicker, Form, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import '../../shared/format/dayjs-locales';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import type { CommissionPlan } from './commissions.api';
import { useCalculateCommissions } from './use-commission-mutations';

interface Values {
  period?: Dayjs;
  planId?: string;
}

/**
 * Calculating pays people and cannot be undone (once per month), so it is a step of its own: the month and
 * plan are chosen here, with what will happen said plainly before the button that does it.
 */
export function CalculateCommissionsModal({
  open,
  plans,
  onClose,
  onCalculated,
}: {
  open: boolean;
  plans: readonly CommissionPlan[];
  onClose(): void;
  onCalculated(runId: string): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const calculate = useCalculateCommissions();
  const { problem, report, clear } = useFormProblem(form, ['period', 'planId']);
  const c = (key: string) => t(`salesTargets.calculateForm.${key as 'title'}`);
  const active = plans.filter((plan) => plan.active);

  const submit = (values: Values) => {
    clear();
    const period = values.period!.format('YYYY-MM');
    calculate.mutate(
      { period, planId: values.planId! },
      {
        onSuccess: (run) => {
          void message.success(t('salesTargets.calculateForm.done', { period }));
          onCalculated(run.id);
          onClose();
        },
        onError: report,
      },
    );
  };

  return (
    <Modal
      open={open}
      title={c('title')}
      okText={c('confirm')}
      okButtonProps={{
        danger: true,
        loading: calculate.isPending,
        htmlType: 'submit',
        form: 'calculate-form',
      }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={c('warning')} style={{ marginBottom: 16 }} />
      <Form<Values>
        form={form}
        name="calculate-form"
        layout="vertical"
        preserve={false}
        onFinish={submit}
        initialValues={{
          period: dayjs().subtract(1, 'month').startOf('month'),
          planId: active.length === 1 ? active[0]!.id : undefined,
        }}
      >
        <Form.Item name="period" label={c('month')} rules={[{ required: true }]}>
          <DatePicker picker="month" aria-label={c('month')} allowClear={false} />
        </Form.Item>
        <Form.Item name="planId" label={c('plan')} rules={[{ required: true }]}>
          <Select
            aria-label={c('plan')}
            options={active.map((plan) => ({ value: plan.id, label: `${plan.code} · ${plan.name}` }))}
          />
        </Form.Item>
      </Form>
      {problem && <ProblemAlert error={problem.error} fieldErrors={problem.unmatched} />}
    </Modal>
  );
}
