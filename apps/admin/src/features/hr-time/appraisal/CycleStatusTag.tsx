import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CycleStatus } from './appraisal.api';

const COLOR: Record<CycleStatus, string> = {
  draft: 'default',
  self_review: 'blue',
  manager_review: 'geekblue',
  calibration: 'purple',
  closed: 'green',
};

export function CycleStatusTag({ status }: { status: CycleStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLOR[status]}>{t(`hrTime.appraisal.statuses.${status}`)}</Tag>;
}
