import { useQuery } from '@tanstack/react-query';
import { Card, Flex, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PATHS, payrollRunPath } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { payslipQuery } from './payroll.api';
import { PayslipView } from './PayslipView';

/** One payslip: payroll staff reach any in their scope from a run; an employee only their own, once approved. */
export function PayslipPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const { payslipId = '' } = useParams();
  const slip = useQuery(payslipQuery(payslipId));
  if (slip.isError) return <QueryProblem error={slip.error} onRetry={() => void slip.refetch()} />;
  if (!slip.data) return <Spin />;
  const s = slip.data;
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 720 }}>
      {can('payroll-runs:read') ? (
        <Link to={payrollRunPath(s.runId)}>{t('financePayroll.payslip.backToRun')}</Link>
      ) : (
        <Link to={PATHS.myPayslips}>{t('financePayroll.payslip.backToMine')}</Link>
      )}
      <Flex align="center" gap="small" wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('financePayroll.payslip.title', { month: s.month, name: s.employeeName })}
        </Typography.Title>
        <Tag color={s.locked ? 'green' : 'default'}>
          {s.locked ? t('financePayroll.payslip.final') : t('financePayroll.payslip.provisional')}
        </Tag>
      </Flex>
      <Typography.Text type="secondary">{s.employeeNumber}</Typography.Text>
      <Card>
        <PayslipView slip={s} />
      </Card>
    </Flex>
  );
}
