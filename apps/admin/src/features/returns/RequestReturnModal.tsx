import { Alert, Flex, Input, InputNumber, Modal, Radio, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Order, OrderLine } from '../orders/orders.api';
import { returnProblemMessage } from './return-problems';
import { RETURN_KINDS, type ReturnKind, type ReturnRequest } from './returns.api';
import { useCreateReturn } from './use-return-mutations';

/**
 * 申请售后 for a delivered order: how many units of which lines come back, why, and whether the customer
 * wants the money back or the same goods again. The API refuses more than was delivered less what earlier
 * returns took, and anything after the return window.
 */
export function RequestReturnModal({
  order,
  open,
  onClose,
  onCreated,
}: {
  order: Order;
  open: boolean;
  onClose(): void;
  onCreated(request: ReturnRequest): void;
}) {
  const { t } = useTranslation();
  const create = useCreateReturn();
  const [kind, setKind] = useState<ReturnKind>('return');
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<string>();

  const lines = order.lines
    .map((line) => ({ orderLineId: line.id, quantity: quantities[line.id] ?? 0, reason: reason.trim() }))
    .filter((line) => line.quantity > 0);
  const ready = lines.length > 0 && reason.trim().length > 0;
  const submit = () => {
    setRefusal(undefined);
    create.mutate(
      { orderId: order.id, kind, lines },
      { onSuccess: onCreated, onError: (error) => setRefusal(returnProblemMessage(t, error)) },
    );
  };

  return (
    <Modal
      open={open}
      title={t('returns.request.title', { number: order.number })}
      okText={t('returns.request.submit')}
      okButtonProps={{ loading: create.isPending, disabled: !ready }}
      cancelText={t('common.cancel')}
      onOk={submit}
      onCancel={onClose}
      width={720}
      destroyOnHidden
    >
      <Flex vertical gap="middle">
        <Radio.Group
          aria-label={t('returns.fields.kind')}
          value={kind}
          onChange={(event) => setKind(event.target.value as ReturnKind)}
          options={RETURN_KINDS.map((value) => ({ value, label: t(`returns.kinds.${value}`) }))}
        />
        <Typography.Text type="secondary">{t(`returns.request.hint.${kind}`)}</Typography.Text>
        <Table<OrderLine>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={order.lines}
          data-testid="return-request-lines"
          columns={[
            {
              key: 'sku',
              title: t('orders.fields.sku'),
              render: (_, l) => `${l.skuCode} · ${l.productName}`,
            },
            {
              key: 'ordered',
              title: t('returns.request.ordered'),
              align: 'right',
              render: (_, l) => l.quantity,
            },
            {
              key: 'quantity',
              title: t('returns.request.quantity'),
              render: (_, l) => (
                <InputNumber
                  aria-label={t('returns.request.quantityOf', { sku: l.skuCode })}
                  min={0}
                  max={l.quantity}
                  precision={0}
                  value={quantities[l.id] ?? 0}
                  onChange={(value) => setQuantities((current) => ({ ...current, [l.id]: value ?? 0 }))}
                />
              ),
            },
          ]}
        />
        <Input.TextArea
          aria-label={t('returns.fields.reason')}
          placeholder={t('returns.request.reasonPlaceholder')}
          maxLength={200}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        {refusal && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('returns.request.refused')}
            description={refusal}
          />
        )}
      </Flex>
    </Modal>
  );
}
