import { useQuery } from '@tanstack/react-query';
import { Alert, Flex, Input, InputNumber, Modal, Radio, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { addressLabel, customerQuery } from '../customers/customers.api';
import { orderEditBody, type OrderEditDraft } from './order-edit';
import { orderProblemMessage } from './order-problems';
import type { Order, OrderLine } from './orders.api';
import { useUpdateOrder } from './use-order-mutations';

/**
 * 修改订单 before shipment: quantities (0 drops a line) and the shipping address (one of the customer's saved
 * addresses). The API re-prices and re-reserves at once; `onSaved` gets the re-quoted order.
 */
export function OrderEditModal({
  order,
  open,
  onClose,
  onSaved,
}: {
  order: Order;
  open: boolean;
  onClose(): void;
  onSaved(before: Order, after: Order): void;
}) {
  const { t } = useTranslation();
  const can = usePermissions();
  const update = useUpdateOrder();
  const customer = useQuery({ ...customerQuery(order.customerId), enabled: open && can('customers:read') });
  const [draft, setDraft] = useState<OrderEditDraft>({ quantities: {}, addressId: undefined, reason: '' });
  const [refusal, setRefusal] = useState<string>();
  const body = orderEditBody(order, draft);
  const addresses = customer.data?.addresses ?? [];

  const submit = () => {
    if (!body) return;
    setRefusal(undefined);
    update.mutate(
      { order, changes: body },
      {
        onSuccess: (saved) => {
          setDraft({ quantities: {}, addressId: undefined, reason: '' });
          onSaved(order, saved);
        },
        onError: (error) => setRefusal(orderProblemMessage(t, error)),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('orders.edit.title', { number: order.number })}
      okText={t('orders.edit.submit')}
      okButtonProps={{ loading: update.isPending, disabled: !body }}
      cancelText={t('common.cancel')}
      onOk={submit}
      onCancel={() => {
        setDraft({ quantities: {}, addressId: undefined, reason: '' });
        setRefusal(undefined);
        onClose();
      }}
      width={720}
      destroyOnHidden
    >
      <Flex vertical gap="middle">
        <Typography.Text type="secondary">{t('orders.edit.hint')}</Typography.Text>
        <Table<OrderLine>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={order.lines}
          data-testid="order-edit-lines"
          columns={[
            {
              key: 'sku',
              title: t('orders.fields.sku'),
              render: (_, l) => `${l.skuCode} · ${l.productName}`,
            },
            {
              key: 'quantity',
              title: t('orders.fields.quantity'),
              render: (_, l) => (
                <InputNumber
                  aria-label={t('orders.edit.quantityOf', { sku: l.skuCode })}
                  min={0}
                  max={10_000}
                  precision={0}
                  value={draft.quantities[l.id] ?? l.quantity}
                  onChange={(value) =>
                    setDraft((d) => ({ ...d, quantities: { ...d.quantities, [l.id]: value ?? 0 } }))
                  }
                />
              ),
            },
          ]}
        />
        {addresses.length > 0 && (
          <div>
            <Typography.Text strong>{t('orders.fields.shippingAddress')}</Typography.Text>
            <Radio.Group
              aria-label={t('orders.fields.shippingAddress')}
              value={draft.addressId ?? order.shippingAddress.addressId ?? 'current'}
              onChange={(event) =>
                setDraft((d) => ({
                  ...d,
                  addressId: event.target.value === 'current' ? undefined : (event.target.value as string),
                }))
              }
            >
              <Flex vertical gap={4}>
                {!addresses.some((a) => a.id === order.shippingAddress.addressId) && (
                  <Radio value="current">
                    {t('orders.edit.currentAddress')}：{order.shippingAddress.detail}
                  </Radio>
                )}
                {addresses.map((address) => (
                  <Radio key={address.id} value={address.id}>
                    {addressLabel(address)}
                  </Radio>
                ))}
              </Flex>
            </Radio.Group>
          </div>
        )}
        <Input
          aria-label={t('orders.edit.reason')}
          placeholder={t('orders.edit.reasonPlaceholder')}
          maxLength={1000}
          value={draft.reason}
          onChange={(event) => setDraft((d) => ({ ...d, reason: event.target.value }))}
        />
        {refusal && (
          <Alert type="error" showIcon role="alert" title={t('orders.edit.refused')} description={refusal} />
        )}
      </Flex>
    </Modal>
  );
}
