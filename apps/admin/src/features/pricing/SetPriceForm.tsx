import { App, Button, DatePicker, Flex, Form, Input, Select, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import '../../shared/format/dayjs-locales';
import { yuanToMinorUnits } from '../../shared/money/money';
import { YuanInput, yuanRules } from '../../shared/money/YuanInput';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { SALES_CHANNELS, type NewPrice, type SalesChannel } from './pricing.api';
import { useSetPrice } from './use-pricing-mutations';

export interface SetPriceValues {
  channel: SalesChannel;
  amount: string;
  effectiveFrom?: Dayjs | null;
  reason?: string;
}

const FIELDS = ['channel', 'amount', 'effectiveFrom', 'reason'];

/** The body to send: the amount converted from the yuan typed to whole 分, never through a float. */
export function newPriceOf(values: SetPriceValues): NewPrice {
  const amount = yuanToMinorUnits(values.amount);
  if (amount === undefined) throw new Error(`Not an amount: ${values.amount}`);
  return {
    channel: values.channel,
    amount,
    effectiveFrom: values.effectiveFrom ? values.effectiveFrom.toISOString() : undefined,
    reason: values.reason?.trim() || undefined,
  };
}

interface SetPriceFormProps {
  skuId: string;
  productId: string;
  form: FormInstance<SetPriceValues>;
}

/** A new price on one channel, from now or from a later moment; below the margin it waits for the GM. */
export function SetPriceForm({ skuId, productId, form }: SetPriceFormProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const formProblem = useFormProblem(form, FIELDS);
  const save = useSetPrice(skuId, productId);

  const submit = async (values: SetPriceValues) => {
    formProblem.clear();
    try {
      const record = await save.mutateAsync(newPriceOf(values));
      form.resetFields(['amount', 'effectiveFrom', 'reason']);
      if (record.status === 'pending_approval') {
        modal.warning({ title: t('pricing.set.pendingTitle'), content: t('pricing.set.pendingText') });
      } else {
        void message.success(t('pricing.set.saved'));
      }
    } catch (error) {
      formProblem.report(error);
    }
  };

  return (
    <Form<SetPriceValues>
      form={form}
      name="set-price"
      layout="vertical"
      initialValues={{ channel: 'website', amount: '' }}
      onFinish={submit}
    >
      <Flex gap="middle" wrap align="start">
        <Form.Item name="channel" label={t('pricing.set.channel')} style={{ width: 150 }}>
          <Select
            options={SALES_CHANNELS.map((channel) => ({
              value: channel,
              label: t(`pricing.channels.${channel}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="amount" label={t('pricing.set.amount')} rules={yuanRules(t)} style={{ width: 160 }}>
          <YuanInput placeholder="49.90" />
        </Form.Item>
        <Form.Item
          name="effectiveFrom"
          label={t('pricing.set.effectiveFrom')}
          extra={t('pricing.set.effectiveFromHint')}
        >
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item name="reason" label={t('pricing.set.reason')} style={{ flex: '1 1 200px' }}>
          <Input maxLength={500} autoComplete="off" />
        </Form.Item>
      </Flex>
      {formProblem.problem && (
        <Form.Item>
          <ProblemAlert error={formProblem.problem.error} fieldErrors={formProblem.problem.unmatched} />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('pricing.set.submit')}
      </Button>
    </Form>
  );
}
