import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';

const SKU_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

interface SkuFieldsProps {
  /** Where the fields sit in the form (['skus', 0] inside the new-product form); top level by default. */
  prefix?: Array<string | number>;
  /** The code is set once: shown read-only when editing. */
  codeLocked?: boolean;
  autoFocusCode?: boolean;
}

/** Code, name, attributes, barcode, unit and weight of a SKU. */
export function SkuFields({ prefix = [], codeLocked = false, autoFocusCode = false }: SkuFieldsProps) {
  const { t } = useTranslation();
  const at = (name: string) => [...prefix, name];
  return (
    <>
      <Flex gap="middle" wrap>
        <Form.Item
          name={at('code')}
          label={t('products.sku.code')}
          extra={codeLocked ? undefined : t('products.sku.codeHint')}
          style={{ flex: '1 1 220px' }}
          rules={[
            { required: true, whitespace: true, message: t('products.sku.codeRequired') },
            { pattern: SKU_CODE, message: t('products.sku.codeInvalid') },
          ]}
        >
          <Input
            autoComplete="off"
            autoFocus={autoFocusCode}
            disabled={codeLocked}
            maxLength={64}
            spellCheck={false}
          />
        </Form.Item>
        <Form.Item name={at('name')} label={t('products.sku.name')} style={{ flex: '1 1 220px' }}>
          <Input autoComplete="off" maxLength={200} placeholder={t('products.sku.namePlaceholder')} />
        </Form.Item>
      </Flex>
      <Flex gap="middle" wrap>
        <Form.Item
          name={at('barcode')}
          label={t('products.sku.barcode')}
          style={{ flex: '1 1 200px' }}
          rules={[{ pattern: /^\d{8,14}$/, message: t('products.sku.barcodeInvalid') }]}
        >
          <Input autoComplete="off" inputMode="numeric" maxLength={14} />
        </Form.Item>
        <Form.Item name={at('unit')} label={t('products.sku.unit')} style={{ flex: '0 1 120px' }}>
          <Input autoComplete="off" maxLength={16} placeholder="件" />
        </Form.Item>
        <Form.Item
          name={at('weightGrams')}
          label={t('products.sku.weightGrams')}
          style={{ flex: '0 1 160px' }}
        >
          <InputNumber min={0} max={10_000_000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item label={t('products.sku.attributes')} extra={t('products.sku.attributesHint')}>
        <Form.List name={at('attributes')}>
          {(rows, { add, remove }) => (
            <Flex vertical gap={8}>
              {rows.map((row, index) => (
                <Flex key={row.key} gap={8} align="baseline">
                  <Form.Item name={[row.name, 'name']} noStyle>
                    <Input
                      aria-label={t('products.sku.attributeName', { n: index + 1 })}
                      placeholder={t('products.sku.attributeNamePlaceholder')}
                      maxLength={50}
                      style={{ width: 160 }}
                    />
                  </Form.Item>
                  <Form.Item name={[row.name, 'value']} noStyle>
                    <Input
                      aria-label={t('products.sku.attributeValue', { n: index + 1 })}
                      placeholder={t('products.sku.attributeValuePlaceholder')}
                      maxLength={50}
                      style={{ width: 200 }}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={t('products.sku.removeAttribute')}
                    onClick={() => remove(row.name)}
                  />
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ name: '', value: '' })}
                style={{ width: 200 }}
              >
                {t('products.sku.addAttribute')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form.Item>
    </>
  );
}
