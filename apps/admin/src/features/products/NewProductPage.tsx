import { Card, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PATHS, productPath } from '../../app/paths';
import { FormActions } from '../../shared/forms/FormActions';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { PageHeader } from '../../shared/ui/PageHeader';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { BrandSelect } from '../categories/BrandSelect';
import { CategoryTreeSelect } from '../categories/CategoryTreeSelect';
import { skuInputOf, type SkuFormValues } from './sku-form';
import { SkuFields } from './SkuFields';
import { useCreateProduct } from './use-product-mutations';

interface NewProductValues {
  name: string;
  categoryId?: string;
  brandId?: string;
  skus: SkuFormValues[];
}

// SKU problems (a code or barcode taken) go to the alert: the first SKU's fields sit under a list path.
const FIELDS = ['name', 'categoryId', 'brandId'];

/** A product starts as a draft with its first SKU; copy, images and prices follow in the editor. */
export function NewProductPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<NewProductValues>();
  const formProblem = useFormProblem(form, FIELDS);
  const create = useCreateProduct();

  const submit = async (values: NewProductValues) => {
    formProblem.clear();
    try {
      const product = await create.mutateAsync({
        name: values.name.trim(),
        categoryId: values.categoryId,
        brandId: values.brandId,
        skus: values.skus.map(skuInputOf),
      });
      void navigate(productPath(product.id));
    } catch (error) {
      formProblem.report(error);
    }
  };

  return (
    <Flex vertical gap="middle" style={{ maxWidth: 880 }}>
      <PageHeader title={t('products.new.title')} subtitle={t('products.new.subtitle')} />
      <Form<NewProductValues>
        form={form}
        name="new-product"
        layout="vertical"
        initialValues={{ skus: [{ code: '', unit: '件', attributes: [] }] }}
        onFinish={submit}
      >
        <Card title={t('products.editor.basics')} style={{ marginBottom: 16 }}>
          <Form.Item
            name="name"
            label={t('products.fields.name')}
            extra={t('products.fields.nameHint')}
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
        </Card>
        <Card title={t('products.new.firstSku')} style={{ marginBottom: 16 }}>
          <SkuFields prefix={['skus', 0]} />
        </Card>
        {formProblem.problem && (
          <Form.Item>
            <ProblemAlert error={formProblem.problem.error} fieldErrors={formProblem.problem.unmatched} />
          </Form.Item>
        )}
        <FormActions
          submitting={create.isPending}
          onCancel={() => void navigate(PATHS.products)}
          submitLabel={t('products.new.submit')}
        />
      </Form>
    </Flex>
  );
}
