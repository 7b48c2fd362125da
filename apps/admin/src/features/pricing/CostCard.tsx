import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Flex, Form, Input, Skeleton, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/date-time';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { formatMoney, yuanToMinorUnits } from '../../shared/money/money';
import { YuanInput, yuanRules } from '../../shared/money/YuanInput';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { costQuery } from './pricing.api';
import { useSetCost } from './use-pricing-mutations';

interface CostValues {
  amount: string;
  reason: string;
}

/** The moving-average purchase cost (kept up to date by goods receipts), and setting it by hand. */
export function CostCard({
  skuId,
  productId,
  writable,
}: {
  skuId: string;
  productId: string;
  writable: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const cost = useQuery(costQuery(skuId));
  const [form] = Form.useForm<CostValues>();
  const formProblem = useFormProblem(form, ['amount', 'reason']);
  const save = useSetCost(skuId, productId);

  const submit = async (values: CostValues) => {
    formProblem.clear();
    const amount = yuanToMinorUnits(values.amount);
    if (amount === undefined) return;
    try {
      await save.mutateAsync({ amount, reason: values.reason.trim() });
      form.resetFields();
      void message.success(t('pricing.cost.saved'));
    } catch (error) {
      formProblem.report(error);
    }
  };

  return (
    <Card size="small" title={t('pricing.cost.title')}>
      {cost.isPending ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : cost.isError ? (
        <QueryProblem error={cost.error} onRetry={() => void cost.refetch()} />
      ) : cost.data ? (
        <Statistic
          data-testid="sku-cost"
          value={formatMoney(cost.data.amount)}
          suffix={
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('pricing.cost.updatedAt', { at: formatDateTime(cost.data.updatedAt, i18n.language) })}
            </Typography.Text>
          }
        />
      ) : (
        <Typography.Text type="secondary">{t('pricing.cost.unknown')}</Typography.Text>
      )}
      {writable && (
        <Form<CostValues>
          form={form}
          name="set-cost"
          layout="vertical"
          onFinish={submit}
          style={{ marginTop: 12 }}
        >
          <Flex gap="small" wrap align="start">
            <Form.Item
              name="amount"
              label={t('pricing.cost.amount')}
              rules={yuanRules(t)}
              style={{ width: 140 }}
            >
              <YuanInput placeholder="25.00" />
            </Form.Item>
            <Form.Item
              name="reason"
              label={t('pricing.cost.reason')}
              rules={[{ required: true, whitespace: true, message: t('pricing.cost.reasonRequired') }]}
              style={{ flex: '1 1 160px' }}
            >
              <Input maxLength={500} autoComplete="off" placeholder={t('pricing.cost.reasonPlaceholder')} />
            </Form.Item>
          </Flex>
          {formProblem.problem && (
            <Form.Item>
              <ProblemAlert error={formProblem.problem.error} fieldErrors={formProblem.problem.unmatched} />
            </Form.Item>
          )}
          <Button htmlType="submit" loading={save.isPending}>
            {t('pricing.cost.submit')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
