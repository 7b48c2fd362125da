import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RequestStatus } from './attendance.api';

const COLOR: Record<RequestStatus, string> = {
  pending_approval: 'gold',
  approved: 'green',
  rejected: 'red',
  cancelled: 'default',
};

export function RequestStatusTag({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLOR[status]}>{t(`hrTime.requestStatuses.${status}`)}</Tag>;
}
