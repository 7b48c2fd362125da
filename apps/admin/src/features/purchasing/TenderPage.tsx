import { useQueries, useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Spin,
  Table,
  Tag,
  Typography,
  type DescriptionsProps,
  type TableProps,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ApiProblem } from '../../api/problem';
import { PATHS } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { formatDateTime } from '../../shared/format/date-time';
import { FormActions } from '../../shared/forms/FormActions';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { YuanInput, yuanRules } from '../../shared/money/YuanInput';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { WarehouseName } from '../inventory/WarehouseSelect';
import { PurchaseOrderLink } from './PurchaseOrderLink';
import { supplierQuery } from './purchasing.api';
import {
  tenderComparisonQuery,
  tenderQuery,
  type ComparisonColumn,
  type Tender,
  type TenderComparison,
} from './sourcing.api';
import { awardNeedsReason, toNewQuote, type QuoteFormValues } from './sourcing-forms';
import { TenderComparisonTable } from './TenderComparisonTable';
import { TenderStatusTag } from './TenderStatusTag';
import { useAwardTender, useRecordQuote } from './use-sourcing-mutations';

type SealedQuote = Tender['quotes'][number];

/** Invited suppliers' names, looked up one by one (a tender invites a handful). */
function useSupplierNames(ids: readonly string[]): (id: string) => string {
  const suppliers = useQueries({ queries: ids.map((id) => ({ ...supplierQuery(id), staleTime: 60_000 })) });
  const names = new Map<string, string>();
  for (const supplier of suppliers) if (supplier.data) names.set(supplier.data.id, supplier.data.name);
  return (id) => names.get(id) ?? `…${id.slice(-8)}`;
}

function QuoteForm({ tender, supplierName }: { tender: Tender; supplierName(id: string): string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<QuoteFormValues>();
  const record = useRecordQuote(tender.id);
  const problem = useFormProblem(form, ['supplierId', 'leadTimeDays', 'terms']);
  const [noPrices, setNoPrices] = useState(false);
  const submit = (values: QuoteFormValues) => {
    problem.clear();
    const quote = toNewQuote(values);
    setNoPrices(quote.lines.length === 0);
    if (quote.lines.length === 0) return;
    record.mutate(quote, {
      onSuccess: () => {
        void message.success(t('purchasing.tenders.quoteSaved'));
        form.resetFields();
      },
      onError: problem.report,
    });
  };
  return (
    <Form<QuoteFormValues>
      form={form}
      name="record-quote"
      layout="vertical"
      onFinish={submit}
      data-testid="quote-form"
    >
      <Flex gap="middle" wrap>
        <Form.Item
          name="supplierId"
          label={t('purchasing.tenders.quoteSupplier')}
          rules={[{ required: true, message: t('purchasing.tenders.quoteSupplierRequired') }]}
          style={{ flex: '1 1 260px' }}
        >
          <Select
            placeholder={t('purchasing.tenders.quoteSupplier')}
            options={tender.supplierIds.map((id) => ({ value: id, label: supplierName(id) }))}
          />
        </Form.Item>
        <Form.Item
          name="leadTimeDays"
          label={t('purchasing.tenders.leadTimeDays')}
          rules={[{ required: true, message: t('purchasing.tenders.leadTimeRequired') }]}
          style={{ flex: '0 0 160px' }}
        >
          <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Flex gap="middle" wrap>
        {tender.items.map((item) => {
          const sku = item.skuCode ?? item.skuId.slice(-8);
          return (
            <Form.Item
              key={item.id}
              name={['prices', item.id]}
              label={`${t('purchasing.tenders.priceOf', { sku })} × ${item.quantity}`}
              rules={yuanRules(t, { required: false })}
              style={{ flex: '0 0 220px' }}
            >
              <YuanInput aria-label={t('purchasing.tenders.priceOf', { sku })} />
            </Form.Item>
          );
        })}
      </Flex>
      {noPrices && (
        <Alert
          type="error"
          showIcon
          title={t('purchasing.tenders.pricesRequired')}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form.Item name="terms" label={t('purchasing.tenders.terms')}>
        <Input maxLength={2000} placeholder={t('purchasing.tenders.termsPlaceholder')} />
      </Form.Item>
      {problem.problem && (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={problem.problem.error} fieldErrors={problem.problem.unmatched} />
        </div>
      )}
      <FormActions
        submitting={record.isPending}
        onCancel={() => form.resetFields()}
        submitLabel={t('purchasing.tenders.recordQuote')}
      />
    </Form>
  );
}

interface AwardValues {
  quoteId?: string;
  reason?: string;
}

function AwardModal({
  tender,
  comparison,
  chosen,
  onClose,
}: {
  tender: Tender;
  comparison: TenderComparison;
  chosen: ComparisonColumn | undefined;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AwardValues>();
  const quoteId = Form.useWatch('quoteId', form);
  const award = useAwardTender();
  const problem = useFormProblem(form, ['quoteId', 'reason']);
  const needsReason = awardNeedsReason(comparison, quoteId);
  const submit = (values: AwardValues) => {
    problem.clear();
    award.mutate(
      { tender, quoteId: values.quoteId!, reason: values.reason },
      {
        onSuccess: () => {
          void message.success(t('purchasing.tenders.awarded'));
          onClose();
        },
        onError: problem.report,
      },
    );
  };
  return (
    <Modal
      open={!!chosen}
      title={t('purchasing.tenders.awardTitle', { number: tender.number })}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<AwardValues>
        form={form}
        name="award-tender"
        layout="vertical"
        initialValues={{ quoteId: chosen?.quoteId }}
        onFinish={submit}
      >
        <Form.Item name="quoteId" label={t('purchasing.tenders.awardQuote')} rules={[{ required: true }]}>
          <Select
            options={comparison.quotes.map((quote) => ({
              value: quote.quoteId,
              label: `${quote.supplierName ?? quote.supplierId.slice(-8)}${
                quote.quoteId === comparison.lowestCompliantQuoteId
                  ? `（${t('purchasing.tenders.lowestCompliant')}）`
                  : ''
              }`,
            }))}
          />
        </Form.Item>
        {needsReason && (
          <Alert
            type="warning"
            showIcon
            title={t('purchasing.tenders.awardReasonHint')}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form.Item
          name="reason"
          label={t('purchasing.tenders.awardReason')}
          rules={[
            // Read the chosen quote from the form itself: the watched value lags one render behind the form,
            // and a quick submit must not slip through without the reason.
            ({ getFieldValue }) => ({
              validator: async (_rule, value: string | undefined) => {
                if (awardNeedsReason(comparison, getFieldValue('quoteId')) && !value?.trim()) {
                  throw new Error(t('purchasing.tenders.awardReasonRequired'));
                }
              },
            }),
          ]}
        >
          <Input maxLength={1000} autoFocus />
        </Form.Item>
        {problem.problem && (
          <div style={{ marginBottom: 16 }}>
            <ProblemAlert error={problem.problem.error} fieldErrors={problem.problem.unmatched} />
          </div>
        )}
        <FormActions
          submitting={award.isPending}
          onCancel={onClose}
          submitLabel={t('purchasing.tenders.award')}
        />
      </Form>
    </Modal>
  );
}

function Comparison({ tender, mayAward }: { tender: Tender; mayAward: boolean }) {
  const { t, i18n } = useTranslation();
  const comparison = useQuery({ ...tenderComparisonQuery(tender.id), retry: false });
  const [awarding, setAwarding] = useState<ComparisonColumn>();
  if (comparison.error instanceof ApiProblem && comparison.error.code === 'TENDER_SEALED')
    return (
      <Alert
        type="info"
        showIcon
        title={t('purchasing.tenders.sealed', { time: formatDateTime(tender.closesAt, i18n.language) })}
      />
    );
  if (comparison.isError)
    return <QueryProblem error={comparison.error} onRetry={() => void comparison.refetch()} />;
  if (!comparison.data) return <Spin />;
  const data = comparison.data;
  if (data.quotes.length === 0)
    return <Typography.Text type="secondary">{t('purchasing.tenders.noComparison')}</Typography.Text>;
  return (
    <Flex vertical gap="small">
      <TenderComparisonTable comparison={data} onAward={mayAward ? setAwarding : undefined} />
      {data.notQuoted.length > 0 && (
        <Typography.Text type="secondary">
          {t('purchasing.tenders.notQuoted')}：<NotQuoted ids={data.notQuoted} />
        </Typography.Text>
      )}
      {mayAward && (
        <AwardModal
          key={awarding?.quoteId}
          tender={tender}
          comparison={data}
          chosen={awarding}
          onClose={() => setAwarding(undefined)}
        />
      )}
    </Flex>
  );
}

function NotQuoted({ ids }: { ids: string[] }) {
  const name = useSupplierNames(ids);
  return <>{ids.map(name).join('、')}</>;
}

function TenderFacts({ tender }: { tender: Tender }) {
  const { t, i18n } = useTranslation();
  const items: DescriptionsProps['items'] = [
    { key: 'title', label: t('purchasing.tenders.titleLabel'), children: tender.title },
    {
      key: 'closesAt',
      label: t('purchasing.tenders.closesAt'),
      children: formatDateTime(tender.closesAt, i18n.language),
    },
    {
      key: 'warehouse',
      label: t('purchasing.tenders.warehouse'),
      children: <WarehouseName id={tender.warehouseId} />,
    },
    {
      key: 'maxLeadTimeDays',
      label: t('purchasing.tenders.maxLeadTimeDays'),
      children:
        tender.maxLeadTimeDays === null
          ? t('purchasing.tenders.noLimit')
          : t('purchasing.purchaseLists.days', { count: tender.maxLeadTimeDays }),
    },
    {
      key: 'items',
      label: t('purchasing.tenders.items'),
      children: tender.items
        .map(
          (item) =>
            `${item.skuCode ?? item.skuId.slice(-8)}${item.skuName ? ` ${item.skuName}` : ''} × ${item.quantity}`,
        )
        .join('，'),
    },
    ...(tender.purchaseOrderId
      ? [
          {
            key: 'purchaseOrder',
            label: t('purchasing.tenders.purchaseOrder'),
            children: <PurchaseOrderLink id={tender.purchaseOrderId} />,
          },
        ]
      : []),
    ...(tender.awardReason
      ? [{ key: 'awardReason', label: t('purchasing.tenders.awardReason'), children: tender.awardReason }]
      : []),
  ];
  return <Descriptions items={items} column={{ xs: 1, md: 2, xl: 3 }} size="small" />;
}

/** 采购 → one tender: sealed until it closes, then the comparison and the award. */
export function TenderPage() {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const { tenderId = '' } = useParams();
  const tender = useQuery(tenderQuery(tenderId));
  const supplierName = useSupplierNames(tender.data?.supplierIds ?? []);

  if (tender.isError) return <QueryProblem error={tender.error} onRetry={() => void tender.refetch()} />;
  if (!tender.data) return <Spin />;
  const td = tender.data;
  const mayWrite = can('tenders:write');
  const quoteColumns: TableProps<SealedQuote>['columns'] = [
    {
      key: 'supplier',
      title: t('purchasing.tenders.quoteSupplier'),
      render: (_, q) => supplierName(q.supplierId),
    },
    {
      key: 'submittedAt',
      title: t('purchasing.tenders.quotedAt'),
      render: (_, q) => formatDateTime(q.submittedAt, i18n.language),
    },
    {
      key: 'attachments',
      title: t('purchasing.tenders.attachments'),
      align: 'right',
      render: (_, q) => q.attachmentCount,
    },
    {
      key: 'awarded',
      title: '',
      render: (_, q) =>
        q.id === td.awardedQuoteId ? <Tag color="green">{t('purchasing.tenders.awardedTo')}</Tag> : null,
    },
  ];
  return (
    <Flex vertical gap="middle">
      <Link to={PATHS.tenders}>{t('purchasing.tenders.backToList')}</Link>
      <Flex vertical gap={4}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('purchasing.tenders.detailTitle', { number: td.number })}
        </Typography.Title>
        <span data-testid="tender-status">
          <TenderStatusTag status={td.status} />
        </span>
      </Flex>
      {td.sealed && (
        <Alert
          type="info"
          showIcon
          data-testid="tender-sealed"
          title={t('purchasing.tenders.sealed', { time: formatDateTime(td.closesAt, i18n.language) })}
          description={t('purchasing.tenders.sealedHint')}
        />
      )}
      {td.purchaseOrderId && (
        <Alert
          type="success"
          showIcon
          title={t('purchasing.tenders.openPurchaseOrder')}
          description={<PurchaseOrderLink id={td.purchaseOrderId} />}
        />
      )}
      <Card>
        <TenderFacts tender={td} />
      </Card>
      <Card title={t('purchasing.tenders.quotes')}>
        <Table<SealedQuote>
          rowKey="id"
          size="small"
          columns={quoteColumns}
          dataSource={td.quotes}
          pagination={false}
          locale={{ emptyText: t('purchasing.tenders.noQuotes') }}
        />
      </Card>
      {td.status === 'open' && mayWrite && (
        <Card title={t('purchasing.tenders.recordQuote')}>
          <QuoteForm tender={td} supplierName={supplierName} />
        </Card>
      )}
      {!td.sealed && td.status !== 'cancelled' && (
        <Card title={t('purchasing.tenders.comparison')}>
          <Comparison tender={td} mayAward={td.status === 'closed' && mayWrite} />
        </Card>
      )}
    </Flex>
  );
}
