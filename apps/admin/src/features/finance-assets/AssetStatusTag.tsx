import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssetStatus } from './assets.api';

export function AssetStatusTag({ status }: { status: AssetStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'in_service' ? 'green' : 'default'}>
      {t(`financeLedger.assets.statuses.${status}`)}
    </Tag>
  );
}
