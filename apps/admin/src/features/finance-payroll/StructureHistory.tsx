import { useQuery } from '@tanstack/react-query';
import { List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../shared/money/money';
import { structureHistoryQuery } from './payroll.api';

/** The employee's earlier structures, newest first: what a change from a date replaces and what stays. */
export function StructureHistory({ employeeId }: { employeeId: string }) {
  const { t } = useTranslation();
  const history = useQuery(structureHistoryQuery(employeeId));
  const rows = [...(history.data?.data ?? [])].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  if (!rows.length) return null;
  return (
    <List
      size="small"
      data-testid="structure-history"
      header={<Typography.Text strong>{t('financePayroll.structures.history')}</Typography.Text>}
      dataSource={rows}
      renderItem={(s) => (
        <List.Item>
          {t('financePayroll.structures.historyLine', {
            from: s.effectiveFrom,
            base: formatMoney(s.baseSalary),
            allowances: formatMoney(s.positionAllowance + s.otherAllowances),
          })}
        </List.Item>
      )}
    />
  );
}
