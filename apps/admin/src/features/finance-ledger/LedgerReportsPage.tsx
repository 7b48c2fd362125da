import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Flex, Spin, Tabs } from 'antd';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '../../shared/format/dayjs-locales';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { BalanceSheetReport } from './BalanceSheetReport';
import { IncomeStatementReport } from './IncomeStatementReport';
import {
  balanceSheetQuery,
  chinaMonth,
  downloadReport,
  incomeStatementQuery,
  LEDGER_REPORTS,
  trialBalanceQuery,
  type LedgerReport,
} from './ledger.api';
import { ledgerProblemMessage } from './ledger-problems';
import { reportSpec } from './ledger-list-state';
import { TrialBalanceReport } from './TrialBalanceReport';

/** Loads one report; the query is only enabled for the tab on show. */
function useReport(report: LedgerReport, period: string) {
  const trial = useQuery({ ...trialBalanceQuery(period), enabled: report === 'trial-balance' });
  const income = useQuery({ ...incomeStatementQuery(period), enabled: report === 'income-statement' });
  const sheet = useQuery({ ...balanceSheetQuery(period), enabled: report === 'balance-sheet' });
  const query = report === 'trial-balance' ? trial : report === 'income-statement' ? income : sheet;
  let body: ReactNode = null;
  if (report === 'trial-balance' && trial.data) body = <TrialBalanceReport report={trial.data} />;
  if (report === 'income-statement' && income.data) body = <IncomeStatementReport report={income.data} />;
  if (report === 'balance-sheet' && sheet.data) body = <BalanceSheetReport report={sheet.data} />;
  return { query, body };
}

/** 财务报表 → trial balance, income statement and balance sheet of a month; report and month in the URL. */
export function LedgerReportsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [state, setState] = useUrlState(reportSpec);
  const period = state.period ?? chinaMonth();
  const { query, body } = useReport(state.report, period);
  const [downloading, setDownloading] = useState(false);

  const download = () => {
    setDownloading(true);
    downloadReport(state.report, period)
      .then((name) => void message.success(t('financeLedger.reports.downloaded', { name })))
      .catch((error: unknown) => void message.error(ledgerProblemMessage(t, error)))
      .finally(() => setDownloading(false));
  };

  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('financeLedger.reports.title')}
        subtitle={t('financeLedger.reports.subtitle')}
        extra={
          <Flex gap="small">
            <DatePicker
              picker="month"
              aria-label={t('financeLedger.reports.period')}
              allowClear={false}
              value={dayjs(`${period}-01`)}
              onChange={(month) => setState({ period: month?.format('YYYY-MM') })}
            />
            <Button icon={<DownloadOutlined />} loading={downloading} onClick={download}>
              {t('financeLedger.reports.download')}
            </Button>
          </Flex>
        }
      />
      <Tabs
        activeKey={state.report}
        onChange={(report) => setState({ report: report as LedgerReport })}
        items={LEDGER_REPORTS.map((report) => ({
          key: report,
          label: t(`financeLedger.reports.names.${report}`),
        }))}
      />
      <Card data-testid={`report-${state.report}`}>
        {query.isError ? (
          <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
        ) : body ? (
          <Flex vertical gap="middle">
            {body}
          </Flex>
        ) : (
          <Spin />
        )}
      </Card>
    </Flex>
  );
}
