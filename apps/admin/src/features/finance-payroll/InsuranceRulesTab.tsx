import { useQuery } from '@tanstack/react-query';
import { Button, Flex, InputNumber, Table, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { formatMoney } from '../../shared/money/money';
import { CreateButton } from '../../shared/ui/CreateButton';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { percentText } from './insurance-rule-form';
import { InsuranceRuleModal } from './InsuranceRuleModal';
import { insuranceRulesQuery, type InsuranceRule } from './payroll.api';

/** 五险一金: each city's rates and bases for the chosen year; finance edits them or adds a city. */
export function InsuranceRulesTab({ year, onYear }: { year: number; onYear(year: number): void }) {
  const { t } = useTranslation();
  const can = usePermissions();
  const rules = useQuery(insuranceRulesQuery(year));
  const [editing, setEditing] = useState<{ rule: InsuranceRule | undefined }>();
  const writable = can('salary-structures:write');
  const create = writable
    ? { label: t('financePayroll.insurance.addCity'), onClick: () => setEditing({ rule: undefined }) }
    : undefined;
  const rates = (r: Record<string, number>) =>
    `${percentText(r.pension ?? 0)}% / ${percentText(r.medical ?? 0)}% / ${percentText(r.unemployment ?? 0)}% / ${percentText(r.housingFund ?? 0)}%`;

  const columns: TableProps<InsuranceRule>['columns'] = [
    { key: 'city', title: t('financePayroll.structures.insuranceCity'), render: (_, r) => r.city },
    {
      key: 'employee',
      title: t('financePayroll.insurance.employeeRates'),
      render: (_, r) => rates(r.employeeRates),
    },
    {
      key: 'employer',
      title: t('financePayroll.insurance.employerRates'),
      render: (_, r) => rates(r.employerRates),
    },
    {
      key: 'base',
      title: t('financePayroll.insurance.baseRange'),
      render: (_, r) => `${formatMoney(r.baseFloor)} – ${formatMoney(r.baseCeiling)}`,
    },
    {
      key: 'fund',
      title: t('financePayroll.insurance.fundRange'),
      render: (_, r) => `${formatMoney(r.housingFundFloor)} – ${formatMoney(r.housingFundCeiling)}`,
    },
    ...(writable
      ? [
          {
            key: 'edit',
            title: '',
            render: (_: unknown, r: InsuranceRule) => (
              <Button size="small" onClick={() => setEditing({ rule: r })}>
                {t('financePayroll.structures.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  if (rules.isError) return <QueryProblem error={rules.error} onRetry={() => void rules.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" gap="middle" wrap>
        <InputNumber
          aria-label={t('financePayroll.insurance.year')}
          prefix={t('financePayroll.insurance.year')}
          min={2000}
          max={2100}
          value={year}
          onChange={(value) => value && onYear(value)}
        />
        <CreateButton create={create} />
      </Flex>
      <Flex vertical gap={4}>
        <span>{t('financePayroll.insurance.ratesLegend')}</span>
        <Table<InsuranceRule>
          rowKey="city"
          data-testid="insurance-rules-table"
          loading={rules.isPending}
          columns={columns}
          dataSource={rules.data ?? []}
          pagination={false}
          locale={{ emptyText: t('financePayroll.insurance.empty', { year }) }}
        />
      </Flex>
      <InsuranceRuleModal
        year={year}
        rule={editing?.rule}
        open={!!editing}
        onClose={() => setEditing(undefined)}
      />
    </Flex>
  );
}
