import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { ExpenseBar } from './ExpenseBar';
import { RegionCities } from './RegionCities';
import { ReportFigures } from './ReportFigures';
import { reportPath } from './report-paths';
import { reportPreviewQuery } from './reports.api';

/** The figures the system would record for the unit and month now, read before writing the commentary. */
export function ReportPreviewPanel({ orgUnitId, period }: { orgUnitId?: string; period?: string }) {
  const { t } = useTranslation();
  const ready = !!orgUnitId && !!period;
  const preview = useQuery({ ...reportPreviewQuery(orgUnitId ?? '', period ?? ''), enabled: ready });
  const body = () => {
    if (!ready) return <Empty description={t('salesReports.submit.pickFirst')} />;
    if (preview.isError) return <QueryProblem error={preview.error} onRetry={() => void preview.refetch()} />;
    if (!preview.data) return <Spin />;
    const p = preview.data;
    return (
      <Flex vertical gap="middle">
        {p.submittedReportId && (
          <Alert
            type="warning"
            showIcon
            title={t('salesReports.submit.alreadySubmitted')}
            description={
              <Link to={reportPath(p.submittedReportId)}>{t('salesReports.submit.openSubmitted')}</Link>
            }
          />
        )}
        <ReportFigures figures={p} testId="preview-figures" />
        <ExpenseBar expenses={p.expenses} budget={p.expenseBudget} />
        {p.level === 'region' && <RegionCities cities={p.cities} />}
      </Flex>
    );
  };
  return (
    <Card title={t('salesReports.submit.preview')}>
      <Typography.Paragraph type="secondary">{t('salesReports.submit.previewHint')}</Typography.Paragraph>
      {body()}
    </Card>
  );
}
