import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Table, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../shared/money/money';
import { problemMessage } from '../../shared/ui/problem-text';
import type { Product, Sku } from './products.api';
import { SkuFormModal } from './SkuFormModal';
import { useUpdateSku } from './use-product-mutations';

/** The product's SKUs: code, name, attributes, barcode, unit, weight and website price; add and edit. */
export function SkusTable({ product, writable }: { product: Product; writable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState<string>();
  const update = useUpdateSku(product.id);

  const setStatus = async (sku: Sku, status: Sku['status']) => {
    try {
      await update.mutateAsync({ sku, changes: { status } });
    } catch (error) {
      void message.error(problemMessage(t, error));
    }
  };

  const columns: TableProps<Sku>['columns'] = [
    {
      key: 'code',
      dataIndex: 'code',
      title: t('products.sku.code'),
      render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
    },
    {
      key: 'name',
      dataIndex: 'name',
      title: t('products.sku.name'),
      render: (name: string | null) => name ?? t('common.none'),
    },
    {
      key: 'attributes',
      dataIndex: 'attributes',
      title: t('products.sku.attributes'),
      render: (attributes: Record<string, string>) =>
        Object.keys(attributes).length === 0
          ? t('common.none')
          : Object.entries(attributes).map(([name, value]) => <Tag key={name}>{`${name}: ${value}`}</Tag>),
    },
    {
      key: 'barcode',
      dataIndex: 'barcode',
      title: t('products.sku.barcode'),
      render: (barcode: string | null) => barcode ?? t('common.none'),
    },
    { key: 'unit', dataIndex: 'unit', title: t('products.sku.unit') },
    {
      key: 'weightGrams',
      dataIndex: 'weightGrams',
      title: t('products.sku.weightGrams'),
      align: 'right',
      render: (grams: number | null) => (grams === null ? t('common.none') : grams),
    },
    {
      key: 'websitePrice',
      title: t('products.columns.websitePrice'),
      align: 'right',
      render: (_, sku) => (sku.prices.website ? formatMoney(sku.prices.website.amount) : t('common.none')),
    },
    {
      key: 'status',
      dataIndex: 'status',
      title: t('products.columns.status'),
      render: (status: Sku['status']) => (
        <Tag color={status === 'active' ? 'green' : 'default'}>{t(`products.sku.statuses.${status}`)}</Tag>
      ),
    },
    ...(writable
      ? [
          {
            key: 'actions',
            title: t('products.sku.actions'),
            render: (_: unknown, sku: Sku) => (
              <Flex gap={4}>
                <Button size="small" type="link" onClick={() => setOpen(sku.id)}>
                  {t('products.sku.edit')}
                </Button>
                {sku.status === 'active' ? (
                  <Popconfirm
                    title={t('products.sku.discontinueTitle', { code: sku.code })}
                    onConfirm={() => setStatus(sku, 'discontinued')}
                  >
                    <Button size="small" type="link" danger>
                      {t('products.sku.discontinue')}
                    </Button>
                  </Popconfirm>
                ) : (
                  <Button size="small" type="link" onClick={() => void setStatus(sku, 'active')}>
                    {t('products.sku.reactivate')}
                  </Button>
                )}
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap="small">
      <Flex justify="space-between" align="center">
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('products.sku.title')}
        </Typography.Title>
        {writable && (
          <Button icon={<PlusOutlined />} onClick={() => setOpen('new')}>
            {t('products.sku.add')}
          </Button>
        )}
      </Flex>
      <Table<Sku>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={product.skus}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      <SkuFormModal product={product} skuId={open} onClose={() => setOpen(undefined)} />
    </Flex>
  );
}
