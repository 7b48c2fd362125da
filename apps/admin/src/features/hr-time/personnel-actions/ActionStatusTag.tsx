import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActionStatus } from './personnel-actions.api';

const COLOR: Record<ActionStatus, string> = {
  pending_approval: 'gold',
  approved: 'blue',
  rejected: 'red',
  cancelled: 'default',
  effective: 'green',
};

export function ActionStatusTag({ status }: { status: ActionStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLOR[status]}>{t(`hrTime.actions.statuses.${status}`)}</Tag>;
}
