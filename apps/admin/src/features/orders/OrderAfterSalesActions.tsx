import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { PATHS, returnPath } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { RecordCollectionModal } from '../cod/RecordCollectionModal';
import { RequestReturnModal } from '../returns/RequestReturnModal';
import { EDITABLE_STATUSES } from './order-edit';
import { OrderEditModal } from './OrderEditModal';
import type { Order } from './orders.api';

/**
 * What else can be done with an order besides its next step: edit it before shipment, record the cash a
 * courier took for a delivered COD order, request a return of a delivered one, and see its returns.
 */
export function OrderAfterSalesActions({
  order,
  onEdited,
}: {
  order: Order;
  onEdited(before: Order, after: Order): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<'edit' | 'return' | 'collect'>();
  const close = () => setDialog(undefined);

  const delivered = order.status === 'delivered';
  const mayEdit = can('orders:write') && EDITABLE_STATUSES.includes(order.status);
  const mayReturn = can('returns:write') && delivered;
  const mayCollect = can('cod:collect') && delivered && order.paymentMethod === 'cod';
  const seeReturns = can('returns:read') && (delivered || order.status === 'completed');
  if (!mayEdit && !mayReturn && !mayCollect && !seeReturns) return null;
  return (
    <Flex gap="small" wrap justify="end" data-testid="order-more-actions">
      {mayEdit && <Button onClick={() => setDialog('edit')}>{t('orders.edit.action')}</Button>}
      {mayCollect && <Button onClick={() => setDialog('collect')}>{t('cod.collection.record')}</Button>}
      {mayReturn && <Button onClick={() => setDialog('return')}>{t('returns.request.action')}</Button>}
      {seeReturns && (
        <Link to={`${PATHS.returns}?orderId=${encodeURIComponent(order.id)}`} style={{ alignSelf: 'center' }}>
          {t('orders.detail.returns')}
        </Link>
      )}
      {mayEdit && (
        <OrderEditModal
          order={order}
          open={dialog === 'edit'}
          onClose={close}
          onSaved={(before, after) => {
            close();
            onEdited(before, after);
          }}
        />
      )}
      {mayCollect && (
        <RecordCollectionModal
          order={order}
          open={dialog === 'collect'}
          onClose={close}
          onRecorded={() => {
            close();
            void message.success(t('cod.collection.recorded'));
          }}
        />
      )}
      {mayReturn && (
        <RequestReturnModal
          order={order}
          open={dialog === 'return'}
          onClose={close}
          onCreated={(request) => {
            close();
            void message.success(t('returns.request.created'));
            void navigate(returnPath(request.id));
          }}
        />
      )}
    </Flex>
  );
}
