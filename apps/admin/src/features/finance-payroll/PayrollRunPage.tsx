import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Flex, Spin, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PATHS } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { formatMoney } from '../../shared/money/money';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { OrgUnitName } from '../org-units/OrgUnitName';
import { CalculationProgress } from './CalculationProgress';
import {
  RUN_STATUSES,
  runPayslipsQuery,
  runQuery,
  type PayrollRun,
  type PayrollRunStatus,
  type RunStep,
} from './payroll.api';
import { payrollProblemMessage } from './payroll-problems';
import { PayslipReviewTable } from './PayslipReviewTable';
import { RunActions } from './RunActions';
import { RunDownloads } from './RunDownloads';
import { RunStatusTag } from './RunStatusTag';
import { useAdvanceRun } from './use-payroll-mutations';

function Totals({ run }: { run: PayrollRun }) {
  const { t } = useTranslation();
  return (
    <Descriptions size="small" column={{ xs: 1, md: 3 }}>
      <Descriptions.Item label={t('financePayroll.fields.month')}>{run.month}</Descriptions.Item>
      <Descriptions.Item label={t('financePayroll.fields.orgUnit')}>
        <OrgUnitName id={run.orgUnitId} />
      </Descriptions.Item>
      <Descriptions.Item label={t('financePayroll.fields.employees')}>{run.employees}</Descriptions.Item>
      <Descriptions.Item label={t('financePayroll.fields.grossTotal')}>
        {formatMoney(run.grossTotal)}
      </Descriptions.Item>
      <Descriptions.Item label={t('financePayroll.fields.employeeInsuranceTotal')}>
        {formatMoney(run.employeeInsuranceTotal)}
      </Descriptions.Item>
      <Descriptions.Item label={t('financePayroll.fields.taxTotal')}>
        {formatMoney(run.taxTotal)}
      </Descriptions.Item>
      <Descriptions.Item label={t('financePayroll.fields.netTotal')}>
        <span data-testid="run-net-total">{formatMoney(run.netTotal)}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('financePayroll.fields.employerInsuranceTotal')}>
        {formatMoney(run.employerInsuranceTotal)}
      </Descriptions.Item>
    </Descriptions>
  );
}

/**
 * 工资表向导: one run through its steps — calculate from the locked attendance, review the table, the general
 * manager approves, finance pays — with the sheet and the bank file to download on the way.
 */
export function PayrollRunPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const { runId = '' } = useParams();
  const run = useQuery(runQuery(runId));
  const status = run.data?.status as PayrollRunStatus | undefined;
  const slips = useQuery({
    ...runPayslipsQuery(runId),
    enabled: !!status && status !== 'draft' && can('payslips:read'),
  });
  const advance = useAdvanceRun(runId);
  const [refusal, setRefusal] = useState<string>();

  if (run.isError) return <QueryProblem error={run.error} onRetry={() => void run.refetch()} />;
  if (!run.data || !status) return <Spin />;
  const r = run.data;
  const step = (next: RunStep) => {
    setRefusal(undefined);
    advance.mutate(next, {
      onSuccess: () => void slips.refetch(),
      onError: (error) => setRefusal(payrollProblemMessage(t, error)),
    });
  };
  const calculating = advance.isPending && advance.variables === 'calculate';
  return (
    <Flex vertical gap="middle">
      <Link to={PATHS.payrollRuns}>{t('financePayroll.run.backToList')}</Link>
      <Flex justify="space-between" align="start" gap="middle" wrap>
        <Flex vertical gap={4}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('financePayroll.run.title', { number: r.number, month: r.month })}
          </Typography.Title>
          <span data-testid="run-status">
            <RunStatusTag status={r.status} />
          </span>
        </Flex>
        <Flex gap="small" wrap>
          <RunDownloads run={r} />
          <RunActions run={r} busy={advance.isPending ? advance.variables : undefined} onStep={step} />
        </Flex>
      </Flex>
      <Card>
        <Steps
          current={RUN_STATUSES.indexOf(status)}
          status={status === 'paid' ? 'finish' : 'process'}
          items={RUN_STATUSES.map((s) => ({
            title: t(`financePayroll.statuses.${s}`),
            description: t(`financePayroll.run.stepHints.${s}`),
          }))}
        />
      </Card>
      {refusal && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('financePayroll.run.refused')}
          description={refusal}
        />
      )}
      {calculating && <CalculationProgress />}
      <Card>
        <Totals run={r} />
      </Card>
      {status === 'draft'
        ? !calculating && <Alert type="info" showIcon title={t('financePayroll.run.draftHint')} />
        : can('payslips:read') && (
            <Card title={t('financePayroll.review.title')}>
              <Flex vertical gap="small">
                {slips.isError && <QueryProblem error={slips.error} onRetry={() => void slips.refetch()} />}
                <PayslipReviewTable slips={slips.data ?? []} loading={slips.isPending || calculating} />
              </Flex>
            </Card>
          )}
    </Flex>
  );
}
