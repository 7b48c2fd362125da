import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HiringRequestStatus } from './recruitment.api';

const COLORS: Record<HiringRequestStatus, string> = {
  pending_approval: 'gold',
  approved: 'green',
  rejected: 'red',
  cancelled: 'default',
  filled: 'blue',
};

export function HiringRequestStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  const known = status in COLORS ? (status as HiringRequestStatus) : undefined;
  return (
    <Tag color={known ? COLORS[known] : 'default'}>
      {known ? t(`hrPeople.hiring.statuses.${known}`) : status}
    </Tag>
  );
}
