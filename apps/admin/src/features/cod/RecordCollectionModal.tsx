import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, minorUnitsToYuanText, yuanToMinorUnits } from '../../shared/money/money';
import { YuanInput, yuanRules } from '../../shared/money/YuanInput';
import type { Order } from '../orders/orders.api';
import { codProblemMessage } from './cod-problems';
import { useRecordCodCollection } from './use-cod-mutations';

interface Values {
  amount: string;
  note?: string;
}

/** 登记代收货款: the cash the courier took at the door (once); a difference from the amount due is flagged. */
export function RecordCollectionModal({
  order,
  open,
  onClose,
  onRecorded,
}: {
  order: Order;
  open: boolean;
  onClose(): void;
  onRecorded(): void;
}) {
  const { t } = useTranslation();
  const record = useRecordCodCollection(order.id);
  const [refusal, setRefusal] = useState<string>();
  const due = order.total - order.paidAmount;

  const submit = (values: Values) => {
    setRefusal(undefined);
    record.mutate(
      { amount: yuanToMinorUnits(values.amount)!, note: values.note?.trim() || undefined },
      { onSuccess: onRecorded, onError: (error) => setRefusal(codProblemMessage(t, error)) },
    );
  };

  return (
    <Modal
      open={open}
      title={t('cod.collection.title', { number: order.number })}
      okText={t('cod.collection.record')}
      okButtonProps={{ loading: record.isPending, htmlType: 'submit', form: 'cod-collection' }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('cod.collection.due', { amount: formatMoney(due) })}</Typography.Paragraph>
      <Form<Values>
        name="cod-collection"
        layout="vertical"
        preserve={false}
        onFinish={submit}
        initialValues={{ amount: minorUnitsToYuanText(due) }}
      >
        <Form.Item name="amount" label={t('cod.collection.amount')} rules={yuanRules(t)}>
          <YuanInput autoFocus aria-label={t('cod.collection.amount')} />
        </Form.Item>
        <Form.Item name="note" label={t('cod.fields.note')}>
          <Input.TextArea maxLength={500} aria-label={t('cod.fields.note')} />
        </Form.Item>
      </Form>
      {refusal && <Alert type="error" showIcon role="alert" description={refusal} />}
    </Modal>
  );
}
