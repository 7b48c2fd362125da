import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Flex, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { formatMoney } from '../../shared/money/money';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CursorTable } from '../../shared/ui/CursorTable';
import { SearchBox } from '../../shared/ui/SearchBox';
import { OrgUnitName } from '../org-units/OrgUnitName';
import { payrollEmployeesQuery, type PayrollEmployee } from './payroll.api';
import { StructureModal } from './StructureModal';

const PAGE = 50;

/** 薪资结构: every employee with the structure in force today; finance sets a new one from a date. */
export function SalaryStructuresTab({ q, onSearch }: { q: string; onSearch(q: string): void }) {
  const { t } = useTranslation();
  const can = usePermissions();
  const [editing, setEditing] = useState<PayrollEmployee>();
  const pages = useCursorPages(q);
  const query = (cursor: string | undefined) => ({ q: q || undefined, limit: PAGE, cursor });
  const list = useQuery({ ...payrollEmployeesQuery(query(pages.cursor)), placeholderData: keepPreviousData });
  const money = (fen: number | undefined) => (fen === undefined ? t('common.none') : formatMoney(fen));

  const columns: TableProps<PayrollEmployee>['columns'] = [
    {
      key: 'employee',
      title: t('financePayroll.review.employee'),
      render: (_, e) => `${e.number} ${e.name}`,
    },
    {
      key: 'unit',
      title: t('financePayroll.fields.orgUnit'),
      render: (_, e) => <OrgUnitName id={e.orgUnitId} />,
    },
    {
      key: 'base',
      title: t('financePayroll.payslip.baseSalary'),
      align: 'right',
      render: (_, e) => money(e.structure?.baseSalary),
    },
    {
      key: 'position',
      title: t('financePayroll.payslip.positionAllowance'),
      align: 'right',
      render: (_, e) => money(e.structure?.positionAllowance),
    },
    {
      key: 'other',
      title: t('financePayroll.payslip.otherAllowances'),
      align: 'right',
      render: (_, e) => money(e.structure?.otherAllowances),
    },
    {
      key: 'city',
      title: t('financePayroll.structures.insuranceCity'),
      render: (_, e) => e.structure?.insuranceCity ?? t('common.none'),
    },
    {
      key: 'from',
      title: t('financePayroll.structures.effectiveFrom'),
      render: (_, e) => e.structure?.effectiveFrom ?? t('financePayroll.structures.none'),
    },
    ...(can('salary-structures:write')
      ? [
          {
            key: 'edit',
            title: '',
            render: (_: unknown, e: PayrollEmployee) => (
              <Button size="small" onClick={() => setEditing(e)}>
                {e.structure ? t('financePayroll.structures.edit') : t('financePayroll.structures.set')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap="middle">
      <SearchBox
        value={q}
        label={t('financePayroll.review.search')}
        onSearch={onSearch}
        style={{ maxWidth: 280 }}
      />
      <CursorTable<PayrollEmployee>
        list={list}
        pages={pages}
        total={undefined}
        pageSize={PAGE}
        onPageSizeChange={() => undefined}
        columns={columns}
        testId="salary-structures-table"
        empty={{
          noneText: t('financePayroll.structures.empty'),
          filtered: q ? { text: t('financePayroll.review.noMatch'), onClear: () => onSearch('') } : undefined,
        }}
      />
      <StructureModal employee={editing} onClose={() => setEditing(undefined)} />
    </Flex>
  );
}
