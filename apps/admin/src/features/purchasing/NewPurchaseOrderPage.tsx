import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Flex, Form, Input, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { PATHS, purchaseOrderPath } from '../../app/paths';
import { FormActions } from '../../shared/forms/FormActions';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { formatMoney } from '../../shared/money/money';
import { YuanInput, yuanRules } from '../../shared/money/YuanInput';
import { PageHeader } from '../../shared/ui/PageHeader';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { SkuSelect } from '../inventory/SkuSelect';
import { WarehouseSelect } from '../inventory/WarehouseSelect';
import {
  lineAmount,
  orderTotal,
  repeatedSkus,
  toNewPurchaseOrder,
  type PurchaseOrderFormValues,
} from './po-form';
import { procurementPolicyQuery } from './purchasing.api';
import { SupplierSelect } from './SupplierSelect';
import { useCreatePurchaseOrder } from './use-purchasing-mutations';

const FIELDS = ['supplierId', 'warehouseId', 'expectedDate', 'note', 'lines'];

/** 采购 → New purchase order: a draft, with prices typed in yuan and sent in 分. */
export function NewPurchaseOrderPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<PurchaseOrderFormValues>();
  const lines = Form.useWatch('lines', form);
  const policy = useQuery(procurementPolicyQuery());
  const create = useCreatePurchaseOrder();
  const problem = useFormProblem(form, FIELDS);
  const total = orderTotal(lines);
  const threshold = policy.data?.poApprovalThreshold;

  const submit = (values: PurchaseOrderFormValues) => {
    problem.clear();
    create.mutate(toNewPurchaseOrder(values), {
      onSuccess: (order) => void navigate(purchaseOrderPath(order.id)),
      onError: problem.report,
    });
  };

  return (
    <Flex vertical gap="middle">
      <Link to={PATHS.purchaseOrders}>{t('purchasing.orders.backToList')}</Link>
      <PageHeader title={t('purchasing.orders.newTitle')} subtitle={t('purchasing.orders.newSubtitle')} />
      <Card>
        <Form<PurchaseOrderFormValues>
          form={form}
          name="new-purchase-order"
          layout="vertical"
          initialValues={{ lines: [{}] }}
          onFinish={submit}
          style={{ maxWidth: 1100 }}
        >
          <Flex gap="middle" wrap>
            <Form.Item
              name="supplierId"
              label={t('purchasing.orders.supplier')}
              rules={[{ required: true, message: t('purchasing.orders.supplierRequired') }]}
              style={{ flex: '1 1 280px' }}
            >
              <SupplierSelect autoFocus placeholder={t('purchasing.orders.supplierPlaceholder')} />
            </Form.Item>
            <Form.Item
              name="warehouseId"
              label={t('purchasing.orders.warehouse')}
              rules={[{ required: true, message: t('purchasing.orders.warehouseRequired') }]}
              style={{ flex: '1 1 240px' }}
            >
              <WarehouseSelect activeOnly placeholder={t('purchasing.orders.warehousePlaceholder')} />
            </Form.Item>
            <Form.Item
              name="expectedDate"
              label={t('purchasing.orders.expectedDate')}
              style={{ flex: '0 0 180px' }}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Flex>
          <Typography.Title level={5}>{t('purchasing.orders.lines')}</Typography.Title>
          <Form.List
            name="lines"
            rules={[
              {
                validator: async (_rule, value?: unknown[]) => {
                  if (!value?.length) throw new Error(t('purchasing.orders.linesRequired'));
                },
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <Flex vertical gap={0}>
                {fields.map((field, index) => {
                  const amount = lineAmount(lines?.[index]);
                  return (
                    <Flex key={field.key} gap="small" align="start" wrap data-testid={`po-line-${index}`}>
                      <Form.Item
                        name={[field.name, 'skuId']}
                        label={index === 0 ? t('purchasing.orders.sku') : undefined}
                        rules={[
                          { required: true, message: t('purchasing.orders.skuRequired') },
                          {
                            validator: async (_rule, skuId?: string) => {
                              if (skuId && repeatedSkus(form.getFieldValue('lines')).has(skuId))
                                throw new Error(t('purchasing.orders.skuRepeated'));
                            },
                          },
                        ]}
                        style={{ flex: '1 1 420px' }}
                      >
                        <SkuSelect aria-label={t('purchasing.orders.sku')} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'quantity']}
                        label={index === 0 ? t('purchasing.orders.quantity') : undefined}
                        rules={[{ required: true, message: t('purchasing.orders.quantityRequired') }]}
                        style={{ flex: '0 0 120px' }}
                      >
                        <InputNumber min={1} max={10_000_000} precision={0} style={{ width: '100%' }} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'unitPrice']}
                        label={index === 0 ? t('purchasing.orders.unitPrice') : undefined}
                        rules={yuanRules(t)}
                        style={{ flex: '0 0 150px' }}
                      >
                        <YuanInput />
                      </Form.Item>
                      <Form.Item
                        label={index === 0 ? t('purchasing.orders.lineAmount') : undefined}
                        style={{ flex: '0 0 130px' }}
                      >
                        <Typography.Text data-testid={`po-line-amount-${index}`}>
                          {amount === undefined ? t('common.none') : formatMoney(amount)}
                        </Typography.Text>
                      </Form.Item>
                      <Form.Item label={index === 0 ? ' ' : undefined}>
                        <Button
                          icon={<DeleteOutlined />}
                          aria-label={t('purchasing.orders.removeLine', { line: index + 1 })}
                          disabled={fields.length === 1}
                          onClick={() => remove(field.name)}
                        />
                      </Form.Item>
                    </Flex>
                  );
                })}
                <Form.ErrorList errors={errors} />
                <Button icon={<PlusOutlined />} onClick={() => add({})} style={{ alignSelf: 'start' }}>
                  {t('purchasing.orders.addLine')}
                </Button>
              </Flex>
            )}
          </Form.List>
          <Flex vertical gap="small" style={{ margin: '16px 0' }}>
            <Typography.Text strong data-testid="po-total">
              {t('purchasing.orders.total')}：{formatMoney(total)}
            </Typography.Text>
            {threshold !== undefined && (
              <Alert
                type={total > threshold ? 'warning' : 'info'}
                showIcon
                title={
                  total > threshold
                    ? t('purchasing.orders.needsApproval', { threshold: formatMoney(threshold) })
                    : t('purchasing.orders.belowThreshold', { threshold: formatMoney(threshold) })
                }
              />
            )}
          </Flex>
          <Form.Item name="note" label={t('purchasing.orders.note')}>
            <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
          {problem.problem && (
            <div style={{ marginBottom: 16 }}>
              <ProblemAlert error={problem.problem.error} fieldErrors={problem.problem.unmatched} />
            </div>
          )}
          <FormActions
            submitting={create.isPending}
            onCancel={() => void navigate(PATHS.purchaseOrders)}
            submitLabel={t('purchasing.orders.createDraft')}
          />
        </Form>
      </Card>
    </Flex>
  );
}
