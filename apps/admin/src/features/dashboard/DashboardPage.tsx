import { ApartmentOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PATHS } from '../../app/paths';

/** A placeholder until departments have to-dos and figures to show. */
export function DashboardPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <section>
      <Typography.Title level={2}>{t('dashboard.title')}</Typography.Title>
      <Typography.Paragraph>{t('dashboard.welcome')}</Typography.Paragraph>
      <Typography.Paragraph>{t('dashboard.text')}</Typography.Paragraph>
      <ul>
        <li>
          <Typography.Paragraph>{t('dashboard.availableNow')}</Typography.Paragraph>
        </li>
      </ul>
      <Button type="primary" icon={<ApartmentOutlined />} onClick={() => navigate(PATHS.orgUnits)}>
        {t('dashboard.openOrgUnits')}
      </Button>
    </section>
  );
}
