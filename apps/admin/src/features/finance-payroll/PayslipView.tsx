import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../shared/money/money';
import type { Payslip } from './payroll.api';
import { figuresOf } from './payslip-figures';

const EARNINGS = [
  'baseSalary',
  'positionAllowance',
  'otherAllowances',
  'overtimePay',
  'bonus',
  'commission',
  'otherIncome',
] as const;
const PARTS = ['pension', 'medical', 'unemployment', 'housingFund'] as const;

/** 工资条: what was earned, what was withheld (五险一金, 个税) and what is paid, as the employee reads it. */
export function PayslipView({ slip }: { slip: Payslip }) {
  const { t } = useTranslation();
  const f = figuresOf(slip);
  const money = (fen: number | undefined) => formatMoney(fen ?? 0);
  return (
    <>
      <Descriptions
        size="small"
        bordered
        column={1}
        title={t('financePayroll.payslip.earnings')}
        items={[
          ...EARNINGS.map((key) => ({
            key,
            label: t(`financePayroll.payslip.${key}`),
            children: money(f[key]),
          })),
          {
            key: 'absence',
            label: t('financePayroll.payslip.absenceDeduction'),
            children: money(-(f.absenceDeduction ?? 0)),
          },
          {
            key: 'gross',
            label: <Typography.Text strong>{t('financePayroll.review.gross')}</Typography.Text>,
            children: <Typography.Text strong>{money(slip.gross)}</Typography.Text>,
          },
        ]}
      />
      <Descriptions
        size="small"
        bordered
        column={1}
        style={{ marginTop: 16 }}
        title={t('financePayroll.payslip.withheld')}
        items={[
          ...PARTS.map((key) => ({
            key,
            label: t(`financePayroll.payslip.parts.${key}`),
            children: money(-(f.insurance?.employee?.[key] ?? 0)),
          })),
          {
            key: 'tax',
            label: t('financePayroll.payslip.tax', { rate: f.taxRate ?? 0 }),
            children: money(-slip.tax),
          },
          {
            key: 'net',
            label: <Typography.Text strong>{t('financePayroll.review.net')}</Typography.Text>,
            children: (
              <Typography.Text strong data-testid="payslip-net">
                {money(slip.net)}
              </Typography.Text>
            ),
          },
        ]}
      />
    </>
  );
}
