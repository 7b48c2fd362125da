import { PictureOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Flex, Image, Table, Typography, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { productPath } from '../../app/paths';
import { formatMoney } from '../../shared/money/money';
import { sortFromHeaderClick, sortOrderOf } from '../../shared/ui/table-sort';
import { allBrandsQuery, allCategoriesQuery } from '../categories/categories.api';
import type { ProductSort, ProductSummary } from './products.api';
import { ProductStatusTag } from './ProductStatusTag';

/** The range of the product's current website prices, from the list's own summary. */
function WebsitePrice({ product }: { product: ProductSummary }) {
  const { t } = useTranslation();
  const { websitePriceLow: low, websitePriceHigh: high } = product;
  if (low === null || high === null) {
    return <Typography.Text type="secondary">{t('products.list.noPrice')}</Typography.Text>;
  }
  return (
    <span data-testid="website-price">
      {low === high ? formatMoney(low) : `${formatMoney(low)} – ${formatMoney(high)}`}
    </span>
  );
}

function Thumbnail({ url, name }: { url: string | null; name: string }) {
  if (!url) {
    return (
      <Flex
        align="center"
        justify="center"
        style={{ width: 48, height: 48, background: '#f5f5f5', borderRadius: 4 }}
      >
        <PictureOutlined style={{ color: '#bfbfbf', fontSize: 20 }} />
      </Flex>
    );
  }
  return (
    <Image src={url} alt={name} width={48} height={48} style={{ objectFit: 'cover', borderRadius: 4 }} />
  );
}

interface ProductsTableProps {
  products: readonly ProductSummary[];
  loading: boolean;
  sort: ProductSort;
  emptyText: ReactNode;
  onSortChange(sort: ProductSort): void;
}

export function ProductsTable({ products, loading, sort, emptyText, onSortChange }: ProductsTableProps) {
  const { t } = useTranslation();
  const categories = useQuery(allCategoriesQuery());
  const brands = useQuery(allBrandsQuery());
  const categoryName = (id: string | null) => categories.data?.find((category) => category.id === id)?.name;
  const brandName = (id: string | null) => brands.data?.find((brand) => brand.id === id)?.name;

  const columns: TableProps<ProductSummary>['columns'] = [
    {
      key: 'thumbnail',
      title: t('products.columns.image'),
      width: 72,
      render: (_, product) => <Thumbnail url={product.thumbnailUrl} name={product.name} />,
    },
    {
      key: 'name',
      dataIndex: 'name',
      title: t('products.columns.name'),
      sorter: true,
      sortOrder: sortOrderOf(sort, 'name'),
      render: (name: string, product) => <Link to={productPath(product.id)}>{name}</Link>,
    },
    {
      key: 'category',
      title: t('products.columns.category'),
      render: (_, product) => categoryName(product.categoryId) ?? t('common.none'),
    },
    {
      key: 'brand',
      title: t('products.columns.brand'),
      render: (_, product) => brandName(product.brandId) ?? t('common.none'),
    },
    { key: 'skuCount', dataIndex: 'skuCount', title: t('products.columns.skuCount'), align: 'right' },
    {
      key: 'websitePrice',
      title: t('products.columns.websitePrice'),
      align: 'right',
      render: (_, product) => <WebsitePrice product={product} />,
    },
    {
      key: 'status',
      dataIndex: 'status',
      title: t('products.columns.status'),
      render: (status: ProductSummary['status']) => <ProductStatusTag status={status} />,
    },
    {
      key: 'createdAt',
      title: t('products.columns.createdAt'),
      sorter: true,
      sortOrder: sortOrderOf(sort, 'createdAt'),
      render: (_, product) => new Date(product.createdAt).toLocaleDateString(),
    },
  ];

  return (
    <Table<ProductSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={products}
      loading={loading}
      pagination={false}
      onChange={(_pagination, _filters, sorter) => onSortChange(sortFromHeaderClick(sorter, '-createdAt'))}
      locale={{ emptyText }}
      scroll={{ x: 'max-content' }}
    />
  );
}
