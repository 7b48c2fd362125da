import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PATHS } from '../../app/paths';

export function NotFoundPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('app.notFoundTitle')}
      subTitle={t('app.notFoundText')}
      extra={
        <Button type="primary" onClick={() => navigate(PATHS.dashboard)}>
          {t('app.backToDashboard')}
        </Button>
      }
    />
  );
}
