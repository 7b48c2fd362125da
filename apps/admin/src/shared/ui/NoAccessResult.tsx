import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PATHS } from '../../app/paths';

/** Shown instead of a page the user's roles do not open: say so plainly, and who can change it. */
export function NoAccessResult({ permission }: { permission?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title={t('access.noAccessTitle')}
      subTitle={permission ? t('access.noAccessPermission', { permission }) : t('access.noAccessText')}
      extra={
        <Button type="primary" onClick={() => navigate(PATHS.dashboard)}>
          {t('app.backToDashboard')}
        </Button>
      }
    />
  );
}
