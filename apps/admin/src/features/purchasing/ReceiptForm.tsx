import { App, Card, Form, Input, InputNumber, Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../shared/forms/FormActions';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import type { PurchaseOrder, PurchaseOrderLine } from './purchasing.api';
import { useReceiveGoods } from './use-purchasing-mutations';

interface ReceiptValues {
  lines: Array<{ purchaseOrderLineId: string; quantity: number | null }>;
  note?: string;
}

/** The body for the API: only lines that something arrived for. Undefined when nothing did. */
export function toGoodsReceipt(values: ReceiptValues) {
  const lines = values.lines
    .filter((line) => (line.quantity ?? 0) > 0)
    .map((line) => ({ purchaseOrderLineId: line.purchaseOrderLineId, quantity: line.quantity! }));
  return lines.length ? { lines, note: values.note?.trim() || undefined } : undefined;
}

/**
 * What arrived, line by line, prefilled with what is still outstanding (the usual case: everything came). More
 * than outstanding is refused here and by the API.
 */
export function ReceiptForm({ order, onDone }: { order: PurchaseOrder; onDone(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReceiptValues>();
  const receive = useReceiveGoods(order.id);
  const problem = useFormProblem(form, ['lines', 'note']);
  const open = order.lines.filter((line) => line.outstandingQuantity > 0);

  const submit = (values: ReceiptValues) => {
    const body = toGoodsReceipt(values);
    if (!body) {
      void message.warning(t('purchasing.receipts.nothing'));
      return;
    }
    problem.clear();
    receive.mutate(body, {
      onSuccess: (receipt) => {
        void message.success(t('purchasing.receipts.done', { number: receipt.number }));
        onDone();
      },
      onError: problem.report,
    });
  };

  const columns: TableProps<PurchaseOrderLine>['columns'] = [
    { key: 'lineNo', title: '#', render: (_, line) => line.lineNo },
    {
      key: 'sku',
      title: t('purchasing.orders.sku'),
      render: (_, line) => (line.skuName ? `${line.skuCode} · ${line.skuName}` : line.skuCode),
    },
    { key: 'ordered', title: t('purchasing.orders.quantity'), align: 'right', render: (_, l) => l.quantity },
    {
      key: 'outstanding',
      title: t('purchasing.receipts.outstanding'),
      align: 'right',
      render: (_, l) => l.outstandingQuantity,
    },
    {
      key: 'receive',
      title: t('purchasing.receipts.receiving'),
      render: (_, line, index) => (
        <>
          <Form.Item name={['lines', index, 'purchaseOrderLineId']} hidden>
            <Input />
          </Form.Item>
          <Form.Item
            name={['lines', index, 'quantity']}
            style={{ margin: 0 }}
            rules={[
              {
                type: 'number',
                max: line.outstandingQuantity,
                message: t('purchasing.receipts.tooMany', { outstanding: line.outstandingQuantity }),
              },
            ]}
          >
            <InputNumber
              min={0}
              precision={0}
              aria-label={t('purchasing.receipts.receivingOf', { sku: line.skuCode ?? line.lineNo })}
              style={{ width: 120 }}
            />
          </Form.Item>
        </>
      ),
    },
  ];

  return (
    <Card title={t('purchasing.receipts.formTitle')} data-testid="receipt-form">
      <Form<ReceiptValues>
        form={form}
        name="receipt"
        layout="vertical"
        initialValues={{
          lines: open.map((line) => ({ purchaseOrderLineId: line.id, quantity: line.outstandingQuantity })),
        }}
        onFinish={submit}
      >
        <Table<PurchaseOrderLine>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={open}
          pagination={false}
          style={{ marginBottom: 16 }}
        />
        <Form.Item name="note" label={t('purchasing.receipts.note')}>
          <Input maxLength={1000} placeholder={t('purchasing.receipts.notePlaceholder')} />
        </Form.Item>
        {problem.problem && (
          <div style={{ marginBottom: 16 }}>
            <ProblemAlert error={problem.problem.error} fieldErrors={problem.problem.unmatched} />
          </div>
        )}
        <FormActions
          submitting={receive.isPending}
          onCancel={onDone}
          submitLabel={t('purchasing.receipts.submit')}
        />
      </Form>
    </Card>
  );
}
