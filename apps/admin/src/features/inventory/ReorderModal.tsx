import { App, Form, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../shared/forms/FormActions';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import type { ReorderSettings, StockLevel } from './inventory.api';
import { useSetReorder } from './use-inventory-mutations';

/** Reorder point and safety stock of one SKU in one warehouse; sent with the version read (If-Match). */
export function ReorderModal({ level, onClose }: { level: StockLevel | undefined; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReorderSettings>();
  const save = useSetReorder();
  const problem = useFormProblem(form, ['reorderPoint', 'safetyStock']);
  const submit = (values: ReorderSettings) => {
    if (!level) return;
    problem.clear();
    save.mutate(
      { level, settings: values },
      {
        onSuccess: () => {
          void message.success(t('inventory.reorder.saved'));
          onClose();
        },
        onError: problem.report,
      },
    );
  };
  return (
    <Modal
      open={!!level}
      title={level && t('inventory.reorder.title', { sku: level.skuCode, warehouse: level.warehouseCode })}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      {level && (
        <Form<ReorderSettings>
          form={form}
          name="reorder"
          layout="vertical"
          initialValues={{ reorderPoint: level.reorderPoint, safetyStock: level.safetyStock }}
          onFinish={submit}
        >
          <Form.Item
            name="reorderPoint"
            label={t('inventory.columns.reorderPoint')}
            extra={t('inventory.reorder.reorderPointHelp')}
            rules={[{ required: true, message: t('inventory.reorder.required') }]}
          >
            <InputNumber min={0} precision={0} autoFocus style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="safetyStock"
            label={t('inventory.columns.safetyStock')}
            extra={t('inventory.reorder.safetyStockHelp')}
            dependencies={['reorderPoint']}
            rules={[
              { required: true, message: t('inventory.reorder.required') },
              ({ getFieldValue }) => ({
                validator: async (_rule, value?: number) => {
                  if (value != null && value > (getFieldValue('reorderPoint') ?? 0))
                    throw new Error(t('inventory.reorder.safetyAboveReorder'));
                },
              }),
            ]}
          >
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          {problem.problem && (
            <div style={{ marginBottom: 16 }}>
              <ProblemAlert error={problem.problem.error} fieldErrors={problem.problem.unmatched} />
            </div>
          )}
          <FormActions submitting={save.isPending} onCancel={onClose} />
        </Form>
      )}
    </Modal>
  );
}
