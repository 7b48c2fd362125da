import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../shared/forms/FormActions';
import { useEditBase } from '../../shared/forms/use-edit-base';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { BrandSelect } from '../categories/BrandSelect';
import { CategoryTreeSelect } from '../categories/CategoryTreeSelect';
import { productQuery, type Product, type ProductChanges } from './products.api';
import { isStaleVersion, useUpdateProduct } from './use-product-mutations';

interface BasicsValues {
  name: string;
  categoryId?: string;
  brandId?: string;
}

const FIELDS = ['name', 'categoryId', 'brandId'];

function changesBetween(product: Product, values: BasicsValues): ProductChanges | undefined {
  const changes: ProductChanges = {};
  if (values.name.trim() !== product.name) changes.name = values.name.trim();
  if ((values.categoryId ?? null) !== product.categoryId) changes.categoryId = values.categoryId ?? null;
  if ((values.brandId ?? null) !== product.brandId) changes.brandId = values.brandId ?? null;
  return Object.keys(changes).length > 0 ? changes : undefined;
}

/** Name, category and brand, saved with If-Match; a 412 reloads the form with the other person's version. */
export function ProductBasicsForm({ product, readOnly }: { product: Product; readOnly: boolean }) {
  const edit = useEditBase(product);
  const [changedByOthers, setChangedByOthers] = useState(false);
  return (
    <BasicsFormAt
      key={edit.base.version}
      base={edit.base}
      readOnly={readOnly}
      changedByOthers={changedByOthers}
      onEdited={edit.markEdited}
      onRestart={(record, byOthers) => {
        setChangedByOthers(byOthers);
        edit.restartFrom(record);
      }}
    />
  );
}

interface BasicsFormAtProps {
  base: Product;
  readOnly: boolean;
  changedByOthers: boolean;
  onEdited(): void;
  onRestart(record: Product, changedByOthers: boolean): void;
}

function BasicsFormAt({ base, readOnly, changedByOthers, onEdited, onRestart }: BasicsFormAtProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<BasicsValues>();
  const formProblem = useFormProblem(form, FIELDS);
  const update = useUpdateProduct();

  const submit = async (values: BasicsValues) => {
    formProblem.clear();
    const changes = changesBetween(base, values);
    if (!changes) {
      void message.info(t('products.editor.unchanged'));
      return;
    }
    try {
      const saved = await update.mutateAsync({ product: base, changes });
      void message.success(t('products.editor.saved'));
      onRestart(saved, false);
    } catch (error) {
      if (!isStaleVersion(error)) return formProblem.report(error);
      try {
        onRestart(await queryClient.fetchQuery({ ...productQuery(base.id), staleTime: 0 }), true);
      } catch (reloadError) {
        formProblem.report(reloadError);
      }
    }
  };

  return (
    <Form<BasicsValues>
      form={form}
      name="product-basics"
      layout="vertical"
      disabled={readOnly}
      initialValues={{
        name: base.name,
        categoryId: base.categoryId ?? undefined,
        brandId: base.brandId ?? undefined,
      }}
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
      <Form.Item
        name="name"
        label={t('products.fields.name')}
        rules={[{ required: true, whitespace: true, message: t('products.fields.nameRequired') }]}
      >
        <Input autoFocus autoComplete="off" maxLength={200} />
      </Form.Item>
      <Flex gap="middle" wrap>
        <Form.Item name="categoryId" label={t('products.fields.category')} style={{ flex: '1 1 240px' }}>
          <CategoryTreeSelect activeOnly allowClear placeholder={t('products.fields.noCategory')} />
        </Form.Item>
        <Form.Item name="brandId" label={t('products.fields.brand')} style={{ flex: '1 1 240px' }}>
          <BrandSelect activeOnly allowClear placeholder={t('products.fields.noBrand')} />
        </Form.Item>
      </Flex>
      {formProblem.problem && (
        <Form.Item>
          <ProblemAlert error={formProblem.problem.error} fieldErrors={formProblem.problem.unmatched} />
        </Form.Item>
      )}
      {!readOnly && <FormActions submitting={update.isPending} onCancel={() => form.resetFields()} />}
    </Form>
  );
}
