import { ClockCircleOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PATHS } from '../../app/paths';
import type { ModuleName, NavLabel } from '../../layout/navigation';

interface ComingSoonPageProps {
  section: NavLabel;
  arrivesWith: ModuleName;
}

/** Stands in for a section that is not built yet, saying which module brings it, instead of a blank page. */
export function ComingSoonPage({ section, arrivesWith }: ComingSoonPageProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      icon={<ClockCircleOutlined />}
      title={t('comingSoon.title', { section: t(`nav.${section}`) })}
      subTitle={t('comingSoon.text', { module: t(`modules.${arrivesWith}`) })}
      extra={<Button onClick={() => navigate(PATHS.dashboard)}>{t('app.backToDashboard')}</Button>}
    />
  );
}
