import { App, Form, Input, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../shared/forms/FormActions';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import type { NewStockAdjustment } from './inventory.api';
import { SkuSelect } from './SkuSelect';
import { useAdjustStock } from './use-inventory-mutations';
import { WarehouseSelect } from './WarehouseSelect';

export interface AdjustmentTarget {
  skuId?: string;
  skuLabel?: string;
  warehouseId?: string;
}

/**
 * A correction by hand: a signed quantity (−2 takes two away) and the reason, which stays on the movement for
 * good. The API refuses to go below zero or below what is reserved; the refusal is shown here.
 */
export function AdjustmentModal({
  target,
  onClose,
}: {
  target: AdjustmentTarget | undefined;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewStockAdjustment>();
  const adjust = useAdjustStock();
  const problem = useFormProblem(form, ['skuId', 'warehouseId', 'quantity', 'reason']);
  const submit = (values: NewStockAdjustment) => {
    problem.clear();
    adjust.mutate(values, {
      onSuccess: (movement) => {
        void message.success(
          t('inventory.adjust.done', { sku: movement.skuCode, onHand: movement.onHandAfter }),
        );
        onClose();
      },
      onError: problem.report,
    });
  };
  return (
    <Modal
      open={!!target}
      title={t('inventory.adjust.title')}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={640}
    >
      {target && (
        <Form<NewStockAdjustment>
          form={form}
          name="adjustment"
          layout="vertical"
          initialValues={{ skuId: target.skuId, warehouseId: target.warehouseId }}
          onFinish={submit}
        >
          <Form.Item
            name="skuId"
            label={t('inventory.columns.sku')}
            rules={[{ required: true, message: t('inventory.adjust.skuRequired') }]}
          >
            <SkuSelect valueLabel={target.skuLabel} autoFocus={!target.skuId} />
          </Form.Item>
          <Form.Item
            name="warehouseId"
            label={t('inventory.columns.warehouse')}
            rules={[{ required: true, message: t('inventory.adjust.warehouseRequired') }]}
          >
            <WarehouseSelect activeOnly />
          </Form.Item>
          <Form.Item
            name="quantity"
            label={t('inventory.adjust.quantity')}
            extra={t('inventory.adjust.quantityHelp')}
            rules={[
              { required: true, message: t('inventory.adjust.quantityRequired') },
              {
                validator: async (_rule, value?: number) => {
                  if (value === 0) throw new Error(t('inventory.adjust.quantityZero'));
                },
              },
            ]}
          >
            <InputNumber precision={0} autoFocus={!!target.skuId} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('inventory.adjust.reason')}
            rules={[{ required: true, whitespace: true, message: t('inventory.adjust.reasonRequired') }]}
          >
            <Input maxLength={500} placeholder={t('inventory.adjust.reasonPlaceholder')} />
          </Form.Item>
          {problem.problem && (
            <div style={{ marginBottom: 16 }}>
              <ProblemAlert error={problem.problem.error} fieldErrors={problem.problem.unmatched} />
            </div>
          )}
          <FormActions
            submitting={adjust.isPending}
            onCancel={onClose}
            submitLabel={t('inventory.adjust.submit')}
          />
        </Form>
      )}
    </Modal>
  );
}
