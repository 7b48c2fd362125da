import { Alert, App, Button, Flex, Form, Input, Modal, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser, usePermissions } from '../../auth/use-session';
import { UserSelect } from '../users/UserSelect';
import { orderSteps } from './order-actions';
import { orderProblemMessage } from './order-problems';
import type { Order, OrderStep, ShipInput, StepInput } from './orders.api';
import { useChangeOrder } from './use-order-mutations';

interface ShipValues {
  carrier: string;
  trackingNumber: string;
  courierUserId?: string;
}

/**
 * The next steps of an order as buttons, sent with the version read (If-Match): shipping asks for the carrier,
 * tracking number and courier, cancelling for a reason, the others for a confirmation. A refusal (someone
 * moved the order on, a step not allowed) stays on the page until the next try.
 */
export function OrderActions({ order }: { order: Order }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const me = useCurrentUser();
  const change = useChangeOrder();
  const [dialog, setDialog] = useState<'ship' | 'cancel'>();
  const [refusal, setRefusal] = useState<string>();
  const [reason, setReason] = useState('');
  const [shipForm] = Form.useForm<ShipValues>();

  const run = (step: OrderStep, input?: StepInput) => {
    setRefusal(undefined);
    change.mutate(
      { order, step, input },
      {
        onSuccess: (changed) => {
          void message.success(t('orders.actions.done', { status: t(`orders.statuses.${changed.status}`) }));
          setDialog(undefined);
        },
        onError: (error) => {
          setRefusal(orderProblemMessage(t, error));
          setDialog(undefined);
        },
      },
    );
  };
  const ship = (values: ShipValues) => {
    const shipment: ShipInput = {
      carrier: values.carrier.trim(),
      trackingNumber: values.trackingNumber.trim(),
      courierUserId: values.courierUserId ?? me.id,
    };
    run('ship', { shipment });
  };

  const steps = orderSteps(order.status, can);
  return (
    <Flex vertical gap="small" align="end">
      {steps.length > 0 && (
        <Flex gap="small" wrap data-testid="order-actions">
          {steps.map((step) =>
            step === 'ship' || step === 'cancel' ? (
              <Button
                key={step}
                danger={step === 'cancel'}
                type={step === 'ship' ? 'primary' : 'default'}
                onClick={() => setDialog(step)}
              >
                {t(`orders.actions.${step}`)}
              </Button>
            ) : (
              <Popconfirm
                key={step}
                title={t(`orders.actions.${step}Confirm`)}
                okText={t(`orders.actions.${step}`)}
                cancelText={t('common.cancel')}
                onConfirm={() => run(step)}
              >
                <Button type="primary" loading={change.isPending}>
                  {t(`orders.actions.${step}`)}
                </Button>
              </Popconfirm>
            ),
          )}
        </Flex>
      )}
      {refusal && (
        <Alert
          type="error"
          showIcon
          closable
          role="alert"
          data-testid="order-refusal"
          title={t('orders.actions.refused')}
          description={refusal}
          onClose={() => setRefusal(undefined)}
        />
      )}
      <Modal
        open={dialog === 'cancel'}
        title={t('orders.actions.cancelTitle', { number: order.number })}
        okText={t('orders.actions.cancel')}
        okButtonProps={{ danger: true, loading: change.isPending, disabled: !reason.trim() }}
        cancelText={t('common.close')}
        onOk={() => run('cancel', { reason: reason.trim() })}
        onCancel={() => setDialog(undefined)}
        destroyOnHidden
      >
        <Input.TextArea
          aria-label={t('orders.actions.cancelReason')}
          placeholder={t('orders.actions.cancelReasonPlaceholder')}
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          autoFocus
        />
      </Modal>
      <Modal
        open={dialog === 'ship'}
        title={t('orders.actions.shipTitle', { number: order.number })}
        okText={t('orders.actions.ship')}
        okButtonProps={{ loading: change.isPending, htmlType: 'submit', form: 'ship-order' }}
        cancelText={t('common.close')}
        onCancel={() => setDialog(undefined)}
        destroyOnHidden
      >
        <Form<ShipValues>
          form={shipForm}
          name="ship-order"
          layout="vertical"
          onFinish={ship}
          preserve={false}
        >
          <Form.Item
            name="carrier"
            label={t('orders.shipment.carrier')}
            rules={[{ required: true, whitespace: true, message: t('orders.shipment.carrierRequired') }]}
          >
            <Input autoFocus maxLength={100} placeholder={t('orders.shipment.carrierPlaceholder')} />
          </Form.Item>
          <Form.Item
            name="trackingNumber"
            label={t('orders.shipment.trackingNumber')}
            rules={[{ required: true, whitespace: true, message: t('orders.shipment.trackingRequired') }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          {can('users:read') ? (
            <Form.Item
              name="courierUserId"
              label={t('orders.shipment.courier')}
              rules={[{ required: true, message: t('orders.shipment.courierRequired') }]}
            >
              <UserSelect aria-label={t('orders.shipment.courier')} />
            </Form.Item>
          ) : (
            <Form.Item label={t('orders.shipment.courier')}>{me.displayName}</Form.Item>
          )}
        </Form>
      </Modal>
    </Flex>
  );
}
