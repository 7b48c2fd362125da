import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PayableStatus, PaymentRunStatus } from './payables.api';
import type { StatementLineStatus } from './reconciliation.api';

const PAYABLE_COLOURS: Record<PayableStatus, string> = {
  open: 'blue',
  partially_paid: 'gold',
  paid: 'green',
};

const RUN_COLOURS: Record<PaymentRunStatus, string> = {
  draft: 'default',
  approved: 'blue',
  paid: 'green',
  cancelled: 'default',
};

const LINE_COLOURS: Record<StatementLineStatus, string> = {
  matched: 'green',
  amount_difference: 'orange',
  unmatched: 'red',
};

export function PayableStatusTag({ status }: { status: PayableStatus }) {
  const { t } = useTranslation();
  return <Tag color={PAYABLE_COLOURS[status]}>{t(`financeSettlement.payableStatuses.${status}`)}</Tag>;
}

export function PaymentRunStatusTag({ status }: { status: PaymentRunStatus }) {
  const { t } = useTranslation();
  return <Tag color={RUN_COLOURS[status]}>{t(`financeSettlement.runStatuses.${status}`)}</Tag>;
}

export function StatementLineStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  const known = status in LINE_COLOURS ? (status as StatementLineStatus) : undefined;
  if (!known) return <Tag>{status}</Tag>;
  return <Tag color={LINE_COLOURS[known]}>{t(`financeSettlement.lineStatuses.${known}`)}</Tag>;
}
