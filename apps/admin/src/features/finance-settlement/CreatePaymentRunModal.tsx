import { Alert, DatePicker, Form, Modal, Table, Typography, type TableProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, minorUnitsToYuanText, yuanToMinorUnits } from '../../shared/money/money';
import { YuanInput, yuanRules } from '../../shared/money/YuanInput';
import { chinaToday } from '../cod/cod.api';
import type { Payable, PaymentRun } from './payables.api';
import { settlementProblemMessage } from './settlement-problems';
import { SupplierName } from './SupplierName';
import { useCreatePaymentRun } from './use-settlement-mutations';

interface Values {
  paymentDate: Dayjs;
  /** Yuan as typed, by payable id. */
  amounts: Record<string, string>;
}

/** The run's lines: each payable's amount (in 分), whole or partial, in the order they were chosen. */
export function toRunLines(payables: readonly Payable[], amounts: Record<string, string>) {
  return payables.map((payable) => ({
    payableId: payable.id,
    amount: yuanToMinorUnits(amounts[payable.id] ?? '') ?? payable.outstandingAmount,
  }));
}

/** 生成付款批次: the chosen payables, each paid in full unless a smaller amount is typed, on one payment date. */
export function CreatePaymentRunModal({
  payables,
  open,
  onClose,
  onCreated,
}: {
  payables: readonly Payable[];
  open: boolean;
  onClose(): void;
  onCreated(run: PaymentRun): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreatePaymentRun();
  const [refusal, setRefusal] = useState<string>();
  const amounts = Form.useWatch('amounts', form) ?? {};
  const total = toRunLines(payables, amounts).reduce((sum, line) => sum + line.amount, 0);

  const submit = (values: Values) => {
    setRefusal(undefined);
    create.mutate(
      { paymentDate: values.paymentDate.format('YYYY-MM-DD'), lines: toRunLines(payables, values.amounts) },
      { onSuccess: onCreated, onError: (error) => setRefusal(settlementProblemMessage(t, error)) },
    );
  };

  const columns: TableProps<Payable>['columns'] = [
    { key: 'number', title: t('financeSettlement.fields.number'), render: (_, p) => p.number },
    {
      key: 'supplier',
      title: t('financeSettlement.fields.supplier'),
      render: (_, p) => <SupplierName id={p.supplierId} />,
    },
    { key: 'due', title: t('financeSettlement.fields.dueDate'), render: (_, p) => p.dueDate },
    {
      key: 'outstanding',
      title: t('financeSettlement.fields.outstandingAmount'),
      align: 'right',
      render: (_, p) => formatMoney(p.outstandingAmount),
    },
    {
      key: 'amount',
      title: t('financeSettlement.fields.payAmount'),
      render: (_, p) => (
        <Form.Item
          name={['amounts', p.id]}
          style={{ margin: 0 }}
          rules={[
            ...yuanRules(t),
            {
              validator: async (_rule, value?: string) => {
                const amount = yuanToMinorUnits(value ?? '');
                if (amount !== undefined && amount > p.outstandingAmount)
                  throw new Error(
                    t('financeSettlement.createRun.amountTooLarge', {
                      amount: formatMoney(p.outstandingAmount),
                    }),
                  );
              },
            },
          ]}
        >
          <YuanInput aria-label={t('financeSettlement.fields.payAmount')} style={{ width: 140 }} />
        </Form.Item>
      ),
    },
  ];

  return (
    <Modal
      open={open}
      width={820}
      title={t('financeSettlement.createRun.title')}
      okText={t('financeSettlement.createRun.submit')}
      okButtonProps={{ loading: create.isPending, htmlType: 'submit', form: 'create-payment-run' }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="create-payment-run"
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={{
          paymentDate: dayjs(chinaToday()),
          amounts: Object.fromEntries(payables.map((p) => [p.id, minorUnitsToYuanText(p.outstandingAmount)])),
        }}
      >
        <Form.Item
          name="paymentDate"
          label={t('financeSettlement.createRun.paymentDate')}
          rules={[{ required: true, message: t('financeSettlement.createRun.paymentDateRequired') }]}
        >
          <DatePicker />
        </Form.Item>
        <Typography.Paragraph type="secondary">
          {t('financeSettlement.createRun.amountHint')}
        </Typography.Paragraph>
        <Table<Payable>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={[...payables]}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
        <Typography.Paragraph strong style={{ marginTop: 12 }} data-testid="payment-run-total">
          {t('financeSettlement.createRun.total', { amount: formatMoney(total) })}
        </Typography.Paragraph>
        {refusal && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('financeSettlement.createRun.refused')}
            description={refusal}
          />
        )}
      </Form>
    </Modal>
  );
}
