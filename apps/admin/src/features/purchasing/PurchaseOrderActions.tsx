import { App, Button, Flex, Input, Modal, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../shared/ui/problem-text';
import { purchaseOrderActions } from './purchase-order-actions';
import type { PurchaseOrder, PurchaseOrderAction } from './purchasing.api';
import { useChangePurchaseOrder } from './use-purchasing-mutations';

/** The next steps of an order as buttons; cancelling asks for a reason, the others for a confirmation. */
export function PurchaseOrderActions({ order }: { order: PurchaseOrder }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const change = useChangePurchaseOrder();
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const run = (action: PurchaseOrderAction, cancelReason?: string) =>
    change.mutate(
      { order, action, reason: cancelReason },
      {
        onSuccess: (changed) => {
          void message.success(
            t('purchasing.orders.changed', { status: t(`purchasing.orderStatuses.${changed.status}`) }),
          );
          setCancelling(false);
        },
        onError: (error) => void message.error(problemMessage(t, error)),
      },
    );

  const actions = purchaseOrderActions(order.status);
  if (actions.length === 0) return null;
  return (
    <Flex gap="small" wrap>
      {actions.map((action) =>
        action === 'cancel' ? (
          <Button key={action} danger onClick={() => setCancelling(true)}>
            {t('purchasing.orderActions.cancel')}
          </Button>
        ) : (
          <Popconfirm
            key={action}
            title={t(`purchasing.orderActions.${action}Confirm`)}
            okText={t(`purchasing.orderActions.${action}`)}
            cancelText={t('common.cancel')}
            onConfirm={() => run(action)}
          >
            <Button type={action === 'close' ? 'default' : 'primary'} loading={change.isPending}>
              {t(`purchasing.orderActions.${action}`)}
            </Button>
          </Popconfirm>
        ),
      )}
      <Modal
        open={cancelling}
        title={t('purchasing.orderActions.cancelTitle', { number: order.number })}
        okText={t('purchasing.orderActions.cancel')}
        okButtonProps={{ danger: true, loading: change.isPending }}
        cancelText={t('common.close')}
        onOk={() => run('cancel', reason)}
        onCancel={() => setCancelling(false)}
        destroyOnHidden
      >
        <Input.TextArea
          aria-label={t('purchasing.orderActions.cancelReason')}
          placeholder={t('purchasing.orderActions.cancelReason')}
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          autoFocus
        />
      </Modal>
    </Flex>
  );
}
