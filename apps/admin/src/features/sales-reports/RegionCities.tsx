import { Alert, Flex, List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { reportPath } from './report-paths';

export interface RegionCity {
  orgUnitId: string;
  name: string;
  reportId: string | null;
}

/** A region's cities: each one's report linked, and a plain word for those that have not reported. */
export function RegionCities({ cities }: { cities: RegionCity[] }) {
  const { t } = useTranslation();
  const pending = cities.filter((c) => !c.reportId).length;
  return (
    <Flex vertical gap="small" data-testid="region-cities">
      {cities.length > 0 && pending === cities.length && (
        <Alert type="warning" showIcon title={t('salesReports.report.noneReported')} />
      )}
      {pending > 0 && pending < cities.length && (
        <Alert type="info" showIcon title={t('salesReports.report.pendingHint', { count: pending })} />
      )}
      <List
        size="small"
        dataSource={cities}
        rowKey="orgUnitId"
        renderItem={(city) => (
          <List.Item>
            {city.reportId ? <Link to={reportPath(city.reportId)}>{city.name}</Link> : city.name}
            {city.reportId ? (
              <Tag color="green">{t('salesReports.report.cityReported')}</Tag>
            ) : (
              <Tag color="orange">{t('salesReports.report.cityPending')}</Tag>
            )}
          </List.Item>
        )}
      />
    </Flex>
  );
}
