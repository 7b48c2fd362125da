import { Alert, App, Card, Form, Input, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../shared/forms/FormActions';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { contentFormValuesOf, contentInputOf, wasSanitised, type ContentFormValues } from './content-form';
import { CONTENT_LOCALES, type ContentLocale, type Product } from './products.api';
import { useSetContent } from './use-product-mutations';

const FIELDS = ['title', 'sellingPoints', 'descriptionHtml'];

interface ContentFormProps {
  product: Product;
  locale: ContentLocale;
  readOnly: boolean;
}

function ContentForm({ product, locale, readOnly }: ContentFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const content = product.content.find((entry) => entry.locale === locale);
  const [form] = Form.useForm<ContentFormValues>();
  const formProblem = useFormProblem(form, FIELDS);
  const save = useSetContent(product.id);
  // What was sent last, to compare with what the API kept.
  const [sent, setSent] = useState<string>();

  const submit = async (values: ContentFormValues) => {
    formProblem.clear();
    try {
      const saved = await save.mutateAsync({ locale, input: contentInputOf(values) });
      const stored = saved.content.find((entry) => entry.locale === locale);
      setSent(values.descriptionHtml);
      // The form shows what is stored now, scripts and handlers already gone.
      form.setFieldsValue(contentFormValuesOf(stored));
      void message.success(t('products.content.saved'));
    } catch (error) {
      formProblem.report(error);
    }
  };

  const stored = content?.descriptionHtml ?? '';
  return (
    <Form<ContentFormValues>
      form={form}
      name={`content-${locale}`}
      layout="vertical"
      disabled={readOnly}
      initialValues={contentFormValuesOf(content)}
      onFinish={submit}
    >
      <Form.Item
        name="title"
        label={t('products.content.title')}
        rules={[{ required: true, whitespace: true, message: t('products.content.titleRequired') }]}
      >
        <Input autoFocus autoComplete="off" maxLength={200} />
      </Form.Item>
      <Form.Item
        name="sellingPoints"
        label={t('products.content.sellingPoints')}
        extra={t('products.content.sellingPointsHint')}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
      <Form.Item
        name="descriptionHtml"
        label={t('products.content.description')}
        extra={t('products.content.descriptionHint')}
      >
        <Input.TextArea
          autoSize={{ minRows: 6, maxRows: 20 }}
          spellCheck={false}
          style={{ fontFamily: 'monospace' }}
        />
      </Form.Item>
      {sent !== undefined && wasSanitised(sent, stored) && (
        <Form.Item>
          <Alert
            type="warning"
            showIcon
            data-testid="content-sanitised"
            title={t('products.content.sanitisedTitle')}
            description={t('products.content.sanitisedText')}
          />
        </Form.Item>
      )}
      {stored && (
        <Card size="small" title={t('products.content.preview')} style={{ marginBottom: 16 }}>
          {/* Safe to render: this is the API's sanitised copy, never what was typed. */}
          <div data-testid="content-preview" dangerouslySetInnerHTML={{ __html: stored }} />
        </Card>
      )}
      {content && (
        <Typography.Paragraph type="secondary">
          {t('products.content.updatedAt', { at: new Date(content.updatedAt).toLocaleString() })}
        </Typography.Paragraph>
      )}
      {formProblem.problem && (
        <Form.Item>
          <ProblemAlert error={formProblem.problem.error} fieldErrors={formProblem.problem.unmatched} />
        </Form.Item>
      )}
      {!readOnly && <FormActions submitting={save.isPending} onCancel={() => form.resetFields()} />}
    </Form>
  );
}

/** The product's copy per language: title, selling points, description (HTML, sanitised by the API). */
export function ProductContentTab({ product, readOnly }: { product: Product; readOnly: boolean }) {
  const { t } = useTranslation();
  return (
    <Tabs
      type="card"
      items={CONTENT_LOCALES.map((locale) => ({
        key: locale,
        label: t(`products.content.locales.${locale === 'zh-CN' ? 'zhCN' : 'en'}`),
        children: <ContentForm product={product} locale={locale} readOnly={readOnly} />,
      }))}
    />
  );
}
