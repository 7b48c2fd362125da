import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PayrollRunStatus } from './payroll.api';

const COLOURS: Record<PayrollRunStatus, string> = {
  draft: 'default',
  calculated: 'processing',
  reviewed: 'blue',
  approved: 'green',
  paid: 'success',
};

export function RunStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  const known = status as PayrollRunStatus;
  return <Tag color={COLOURS[known]}>{t(`financePayroll.statuses.${known}`)}</Tag>;
}
