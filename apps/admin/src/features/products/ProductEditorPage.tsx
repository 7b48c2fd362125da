import type { ReactNode } from 'react';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Flex, Spin, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { PATHS } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { ProductPricesTab } from '../pricing/ProductPricesTab';
import { ListingActions, ListingReadinessAlert } from './ListingActions';
import { ProductBasicsForm } from './ProductBasicsForm';
import { ProductContentTab } from './ProductContentTab';
import { ProductImagesTab } from './ProductImagesTab';
import { productQuery, type Product } from './products.api';
import { ProductStatusTag } from './ProductStatusTag';
import { SkusTable } from './SkusTable';

type EditorTab = 'basics' | 'content' | 'images' | 'prices';

function EditorTabs({ product }: { product: Product }) {
  const { t } = useTranslation();
  const can = usePermissions();
  // The open tab is in the URL: a reload, or a link from elsewhere, opens the same one.
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab') as EditorTab | null;
  const tabs: Array<{ key: EditorTab; label: string; children: ReactNode }> = [
    {
      key: 'basics',
      label: t('products.editor.basics'),
      children: (
        <Flex vertical gap="large">
          <ProductBasicsForm product={product} readOnly={!can('catalog:write')} />
          <SkusTable product={product} writable={can('catalog:write')} />
        </Flex>
      ),
    },
    {
      key: 'content',
      label: t('products.editor.content'),
      children: <ProductContentTab product={product} readOnly={!can('product-content:write')} />,
    },
    {
      key: 'images',
      label: t('products.editor.images', { count: product.images.length }),
      children: <ProductImagesTab product={product} readOnly={!can('product-content:write')} />,
    },
    ...(can('prices:read')
      ? [
          {
            key: 'prices' as const,
            label: t('products.editor.prices'),
            children: <ProductPricesTab product={product} />,
          },
        ]
      : []),
  ];
  const active = tabs.some((tab) => tab.key === requested) ? requested! : 'basics';
  return (
    <Tabs
      activeKey={active}
      onChange={(key) =>
        setParams(
          (current) => {
            const next = new URLSearchParams(current);
            if (key === 'basics') next.delete('tab');
            else next.set('tab', key);
            return next;
          },
          { replace: true },
        )
      }
      items={tabs}
      destroyOnHidden
    />
  );
}

/** One product: basics and SKUs, copy per language, images, prices; the listing workflow in the header. */
export function ProductEditorPage() {
  const { t } = useTranslation();
  const { productId = '' } = useParams();
  const product = useQuery(productQuery(productId));

  if (product.isError) return <QueryProblem error={product.error} onRetry={() => void product.refetch()} />;
  if (!product.data) return <Spin />;
  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="start" gap="middle" wrap>
        <div>
          <Link to={PATHS.products}>
            <ArrowLeftOutlined /> {t('products.editor.back')}
          </Link>
          <Flex gap="small" align="center" wrap>
            <Typography.Title level={2} style={{ margin: 0 }}>
              {product.data.name}
            </Typography.Title>
            <span data-testid="product-status">
              <ProductStatusTag status={product.data.status} />
            </span>
          </Flex>
        </div>
        <ListingActions product={product.data} />
      </Flex>
      <ListingReadinessAlert product={product.data} />
      <Card>
        <EditorTabs product={product.data} />
      </Card>
    </Flex>
  );
}
