import { Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import type { PayrollRun, PayrollRunStatus, RunStep } from './payroll.api';

/** The next step(s) a run allows and the user may take: calculate (again), review, approve, pay. */
export function RunActions({
  run,
  busy,
  onStep,
}: {
  run: PayrollRun;
  busy: RunStep | undefined;
  onStep(step: RunStep): void;
}) {
  const { t } = useTranslation();
  const can = usePermissions();
  const status = run.status as PayrollRunStatus;
  const button = (step: RunStep, primary: boolean) => (
    <Button
      key={step}
      type={primary ? 'primary' : 'default'}
      loading={busy === step}
      disabled={!!busy && busy !== step}
      onClick={() => onStep(step)}
    >
      {t(
        step === 'calculate' && status !== 'draft'
          ? 'financePayroll.run.actions.calculateAgain'
          : `financePayroll.run.actions.${step}`,
      )}
    </Button>
  );
  const buttons = [];
  if (can('payroll-runs:write') && ['draft', 'calculated', 'reviewed'].includes(status))
    buttons.push(button('calculate', status === 'draft'));
  if (can('payroll-runs:write') && status === 'calculated') buttons.push(button('review', true));
  if (can('payroll-runs:approve') && status === 'reviewed')
    buttons.push(
      <Popconfirm
        key="approve"
        title={t('financePayroll.run.confirmApprove')}
        okText={t('financePayroll.run.actions.approve')}
        cancelText={t('common.cancel')}
        onConfirm={() => onStep('approve')}
      >
        <Button type="primary" loading={busy === 'approve'} disabled={!!busy}>
          {t('financePayroll.run.actions.approve')}
        </Button>
      </Popconfirm>,
    );
  if (can('payroll-runs:pay') && status === 'approved')
    buttons.push(
      <Popconfirm
        key="pay"
        title={t('financePayroll.run.confirmPay')}
        okText={t('financePayroll.run.actions.pay')}
        cancelText={t('common.cancel')}
        onConfirm={() => onStep('pay')}
      >
        <Button type="primary" loading={busy === 'pay'} disabled={!!busy}>
          {t('financePayroll.run.actions.pay')}
        </Button>
      </Popconfirm>,
    );
  return buttons.length ? <Space wrap>{buttons}</Space> : null;
}
