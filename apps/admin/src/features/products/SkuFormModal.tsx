import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../shared/forms/FormActions';
import { useEditBase } from '../../shared/forms/use-edit-base';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { productQuery, type Product, type Sku } from './products.api';
import { skuChangesBetween, skuFormValuesOf, skuInputOf, type SkuFormValues } from './sku-form';
import { SkuFields } from './SkuFields';
import { isStaleVersion, useAddSku, useUpdateSku } from './use-product-mutations';

const FIELDS = ['code', 'name', 'attributes', 'barcode', 'unit', 'weightGrams'];

function AddSkuForm({ product, onClose }: { product: Product; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SkuFormValues>();
  const formProblem = useFormProblem(form, FIELDS);
  const add = useAddSku(product.id);
  const submit = async (values: SkuFormValues) => {
    formProblem.clear();
    try {
      const sku = await add.mutateAsync(skuInputOf(values));
      void message.success(t('products.sku.added', { code: sku.code }));
      onClose();
    } catch (error) {
      formProblem.report(error);
    }
  };
  return (
    <Form<SkuFormValues>
      form={form}
      name="add-sku"
      layout="vertical"
      initialValues={{ code: '', unit: '件', attributes: [] }}
      onFinish={submit}
    >
      <SkuFields autoFocusCode />
      {formProblem.problem && (
        <Form.Item>
          <ProblemAlert error={formProblem.problem.error} fieldErrors={formProblem.problem.unmatched} />
        </Form.Item>
      )}
      <FormActions submitting={add.isPending} onCancel={onClose} submitLabel={t('products.sku.add')} />
    </Form>
  );
}

function EditSkuForm({ product, sku, onClose }: { product: Product; sku: Sku; onClose(): void }) {
  const edit = useEditBase(sku);
  const [changedByOthers, setChangedByOthers] = useState(false);
  return (
    <EditSkuFormAt
      key={edit.base.version}
      productId={product.id}
      base={edit.base}
      changedByOthers={changedByOthers}
      onEdited={edit.markEdited}
      onRestart={(record, byOthers) => {
        setChangedByOthers(byOthers);
        edit.restartFrom(record);
      }}
      onClose={onClose}
    />
  );
}

interface EditSkuFormAtProps {
  productId: string;
  base: Sku;
  changedByOthers: boolean;
  onEdited(): void;
  onRestart(record: Sku, changedByOthers: boolean): void;
  onClose(): void;
}

function EditSkuFormAt({
  productId,
  base,
  changedByOthers,
  onEdited,
  onRestart,
  onClose,
}: EditSkuFormAtProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<SkuFormValues>();
  const formProblem = useFormProblem(form, FIELDS);
  const update = useUpdateSku(productId);
  const submit = async (values: SkuFormValues) => {
    formProblem.clear();
    const changes = skuChangesBetween(base, values);
    if (!changes) {
      void message.info(t('products.editor.unchanged'));
      return;
    }
    try {
      await update.mutateAsync({ sku: base, changes });
      void message.success(t('products.sku.saved', { code: base.code }));
      onClose();
    } catch (error) {
      if (!isStaleVersion(error)) return formProblem.report(error);
      try {
        const product = await queryClient.fetchQuery({ ...productQuery(productId), staleTime: 0 });
        const latest = product.skus.find((sku) => sku.id === base.id);
        if (latest) onRestart(latest, true);
      } catch (reloadError) {
        formProblem.report(reloadError);
      }
    }
  };
  return (
    <Form<SkuFormValues>
      form={form}
      name="edit-sku"
      layout="vertical"
      initialValues={skuFormValuesOf(base)}
      onValuesChange={onEdited}
      onFinish={submit}
    >
      {changedByOthers && (
        <Form.Item>
          <Alert
            type="warning"
            showIcon
            role="alert"
            title={t('products.editor.staleTitle')}
            description={t('products.editor.staleText')}
          />
        </Form.Item>
      )}
      <SkuFields codeLocked />
      {formProblem.problem && (
        <Form.Item>
          <ProblemAlert error={formProblem.problem.error} fieldErrors={formProblem.problem.unmatched} />
        </Form.Item>
      )}
      <FormActions submitting={update.isPending} onCancel={onClose} />
    </Form>
  );
}

/** Add a SKU (`skuId` "new") or change one, in a dialog over the SKUs table. */
export function SkuFormModal({
  product,
  skuId,
  onClose,
}: {
  product: Product;
  skuId: string | undefined;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const sku = product.skus.find((candidate) => candidate.id === skuId);
  return (
    <Modal
      open={!!skuId}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={720}
      title={sku ? t('products.sku.editTitle', { code: sku.code }) : t('products.sku.addTitle')}
    >
      {skuId === 'new' && <AddSkuForm product={product} onClose={onClose} />}
      {sku && <EditSkuForm product={product} sku={sku} onClose={onClose} />}
    </Modal>
  );
}
