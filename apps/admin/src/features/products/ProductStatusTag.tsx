import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProductStatus } from './products.api';

const COLORS: Record<ProductStatus, string> = {
  draft: 'default',
  in_review: 'processing',
  listed: 'success',
  delisted: 'warning',
};

/** 草稿 · 审核中 · 已上架 · 已下架 */
export function ProductStatusTag({ status }: { status: ProductStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`products.statuses.${status}`)}</Tag>;
}
