import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignStatus } from './campaigns.api';

const COLORS: Record<CampaignStatus, string> = {
  planned: 'blue',
  running: 'green',
  finished: 'default',
  cancelled: 'red',
};

export function CampaignStatusTag({ status }: { status: CampaignStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`salesCampaigns.statuses.${status}`)}</Tag>;
}
