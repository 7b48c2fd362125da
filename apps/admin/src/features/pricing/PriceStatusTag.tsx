import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PriceRecord } from './pricing.api';

/** 生效中 · 待生效 · 待总经理审批 · 已驳回 */
/** `now`: when the record was read (a future effectiveFrom then is "scheduled"). */
export function PriceStatusTag({ record, now }: { record: PriceRecord; now: number }) {
  const { t } = useTranslation();
  if (record.status === 'pending_approval')
    return <Tag color="orange">{t('pricing.statuses.pending_approval')}</Tag>;
  if (record.status === 'rejected') return <Tag color="red">{t('pricing.statuses.rejected')}</Tag>;
  if (Date.parse(record.effectiveFrom) > now)
    return <Tag color="blue">{t('pricing.statuses.scheduled')}</Tag>;
  return <Tag color="green">{t('pricing.statuses.active')}</Tag>;
}
