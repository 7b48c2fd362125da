import { useQuery } from '@tanstack/react-query';
import { Card, Col, Flex, Row, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { chinaToday } from '../cod/cod.api';
import { CsvImport } from './CsvImport';
import { websiteDayQuery } from './reconciliation.api';
import { ReconciliationDayPicker } from './ReconciliationDayPicker';
import { reconciliationDaySpec } from './settlement-list-state';
import { StatementLinesTable } from './StatementLinesTable';
import { UnsettledPaymentsTable } from './UnsettledPaymentsTable';
import { useUploadStatement } from './use-settlement-mutations';
import { WebsiteDaySummary } from './WebsiteDaySummary';

/**
 * 审核网站交易量和回款金额: import the provider's statement, then per day the totals, the statement's lines
 * beside our unsettled payments, a reason for every open item, and 日结. Day and line filter live in the URL.
 */
export function WebsiteReconciliationPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const [state, setState] = useUrlState(reconciliationDaySpec);
  const day = state.day ?? chinaToday();
  const summary = useQuery(websiteDayQuery(day));
  const statement = useUploadStatement();
  const mayWrite = can('reconciliation:write');

  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('financeSettlement.website.title')}
        subtitle={t('financeSettlement.website.subtitle')}
      />
      <Flex gap="middle" align="start" wrap>
        <ReconciliationDayPicker day={day} onChange={(next) => setState({ day: next })} />
        {mayWrite && (
          <CsvImport
            label={t('financeSettlement.website.upload')}
            hint={t('financeSettlement.website.uploadHint')}
            refusedTitle={t('financeSettlement.website.importRefused')}
            testId="statement-import"
            upload={async (file, options) => {
              const report = await statement.mutateAsync({ file, options });
              // Show the day the statement is about, when it is about one day only.
              if (report.days.length === 1 && report.days[0] !== day) setState({ day: report.days[0] });
              return report;
            }}
            describe={(report) => t('financeSettlement.website.imported', report)}
          />
        )}
      </Flex>
      {summary.isError ? (
        <QueryProblem error={summary.error} onRetry={() => void summary.refetch()} />
      ) : !summary.data ? (
        <Spin />
      ) : (
        <WebsiteDaySummary
          summary={summary.data}
          mayClose={mayWrite}
          onOpenItems={() => setState({ lines: 'open' })}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={15}>
          <Card title={t('financeSettlement.website.statementSide')}>
            <StatementLinesTable
              day={day}
              filter={state.lines}
              onFilterChange={(lines) => setState({ lines })}
              mayExplain={mayWrite && !summary.data?.closed}
            />
          </Card>
        </Col>
        <Col xs={24} xxl={9}>
          <Card title={t('financeSettlement.website.ourSide')}>
            <UnsettledPaymentsTable day={day} />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
