import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CatalogNodeStatus } from './categories.api';

export function CatalogStatusTag({ status }: { status: CatalogNodeStatus }) {
  const { t } = useTranslation();
  return <Tag color={status === 'active' ? 'green' : 'default'}>{t(`catalog.statuses.${status}`)}</Tag>;
}
