import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PromotionStatus } from './promotions.api';

const COLORS: Record<PromotionStatus, string> = {
  draft: 'default',
  active: 'green',
  paused: 'orange',
  archived: 'default',
};

export function PromotionStatusTag({ status }: { status: PromotionStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`promotions.statuses.${status}`)}</Tag>;
}
