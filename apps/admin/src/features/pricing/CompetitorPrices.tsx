import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Flex, Form, Input, Table, Typography, type TableProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/date-time';
import '../../shared/format/dayjs-locales';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { formatMoney, yuanToMinorUnits } from '../../shared/money/money';
import { YuanInput, yuanRules } from '../../shared/money/YuanInput';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { competitorPricesQuery, type CompetitorPrice } from './pricing.api';
import { useAddCompetitorPrice } from './use-pricing-mutations';

interface CompetitorValues {
  competitor: string;
  url?: string;
  amount: string;
  observedAt?: Dayjs | null;
}

const FIELDS = ['competitor', 'url', 'amount', 'observedAt'];

/** Prices seen at competitors (京东自营, 天猫…), newest first; they feed the suggested price. */
export function CompetitorPrices({
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
  const list = useQuery(competitorPricesQuery(skuId));
  const [form] = Form.useForm<CompetitorValues>();
  const formProblem = useFormProblem(form, FIELDS);
  const add = useAddCompetitorPrice(skuId, productId);

  const submit = async (values: CompetitorValues) => {
    formProblem.clear();
    const amount = yuanToMinorUnits(values.amount);
    if (amount === undefined) return;
    try {
      await add.mutateAsync({
        competitor: values.competitor.trim(),
        url: values.url?.trim() || undefined,
        amount,
        observedAt: values.observedAt?.toISOString(),
      });
      form.resetFields();
      void message.success(t('pricing.competitors.added'));
    } catch (error) {
      formProblem.report(error);
    }
  };

  const columns: TableProps<CompetitorPrice>['columns'] = [
    { key: 'competitor', dataIndex: 'competitor', title: t('pricing.competitors.competitor') },
    {
      key: 'amount',
      dataIndex: 'amount',
      title: t('pricing.competitors.amount'),
      align: 'right',
      render: (amount: number) => formatMoney(amount),
    },
    {
      key: 'observedAt',
      dataIndex: 'observedAt',
      title: t('pricing.competitors.observedAt'),
      render: (at: string) => formatDateTime(at, i18n.language),
    },
    {
      key: 'url',
      dataIndex: 'url',
      title: t('pricing.competitors.url'),
      render: (url: string | null) =>
        url ? (
          <Typography.Link
            href={url}
            target="_blank"
            rel="noopener noreferrer"
            ellipsis
            style={{ maxWidth: 240 }}
          >
            {url}
          </Typography.Link>
        ) : (
          t('common.none')
        ),
    },
  ];

  return (
    <Card size="small" title={t('pricing.competitors.title')}>
      {list.isError ? (
        <QueryProblem error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<CompetitorPrice>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={list.data?.data ?? []}
          loading={list.isPending}
          pagination={false}
          locale={{ emptyText: t('pricing.competitors.empty') }}
          scroll={{ x: 'max-content' }}
        />
      )}
      {writable && (
        <Form<CompetitorValues>
          form={form}
          name="competitor-price"
          layout="vertical"
          onFinish={submit}
          style={{ marginTop: 12 }}
        >
          <Flex gap="small" wrap align="start">
            <Form.Item
              name="competitor"
              label={t('pricing.competitors.competitor')}
              rules={[
                { required: true, whitespace: true, message: t('pricing.competitors.competitorRequired') },
              ]}
              style={{ width: 160 }}
            >
              <Input maxLength={100} autoComplete="off" placeholder="京东自营" />
            </Form.Item>
            <Form.Item
              name="amount"
              label={t('pricing.competitors.amount')}
              rules={yuanRules(t)}
              style={{ width: 130 }}
            >
              <YuanInput />
            </Form.Item>
            <Form.Item
              name="url"
              label={t('pricing.competitors.url')}
              rules={[{ type: 'url', message: t('pricing.competitors.urlInvalid') }]}
              style={{ flex: '1 1 200px' }}
            >
              <Input
                maxLength={2000}
                autoComplete="off"
                inputMode="url"
                placeholder="https://item.jd.com/…"
              />
            </Form.Item>
            <Form.Item name="observedAt" label={t('pricing.competitors.observedAt')}>
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                placeholder={t('pricing.competitors.now')}
              />
            </Form.Item>
          </Flex>
          {formProblem.problem && (
            <Form.Item>
              <ProblemAlert error={formProblem.problem.error} fieldErrors={formProblem.problem.unmatched} />
            </Form.Item>
          )}
          <Button htmlType="submit" loading={add.isPending}>
            {t('pricing.competitors.add')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
