import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { App, Button, DatePicker, Flex, Popconfirm, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { formatMoney } from '../../shared/money/money';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CreateButton } from '../../shared/ui/CreateButton';
import { CursorTable } from '../../shared/ui/CursorTable';
import { inputListQuery, type PayrollInput } from './payroll.api';
import { payrollProblemMessage } from './payroll-problems';
import { InputModal } from './InputModal';
import { useRemoveInput } from './use-payroll-mutations';

const PAGE = 50;

/** 工资项目: the month's commissions, rewards, deductions and allowances; removable until the month is approved. */
export function PayrollInputsTab({ month, onMonth }: { month: string; onMonth(month: string): void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const [adding, setAdding] = useState(false);
  const pages = useCursorPages(month);
  const list = useQuery({
    ...inputListQuery({ month, limit: PAGE, cursor: pages.cursor }),
    placeholderData: keepPreviousData,
  });
  const remove = useRemoveInput();
  const writable = can('payroll-inputs:write');
  const create = writable
    ? { label: t('financePayroll.inputs.add'), onClick: () => setAdding(true) }
    : undefined;
  const kind = (code: string) =>
    i18n.exists(`financePayroll.inputs.kinds.${code}`)
      ? t(`financePayroll.inputs.kinds.${code as 'reward'}`)
      : code;

  const columns: TableProps<PayrollInput>['columns'] = [
    {
      key: 'employee',
      title: t('financePayroll.review.employee'),
      render: (_, i) => (i.employeeNumber ? `${i.employeeNumber} ${i.employeeName}` : i.employeeId),
    },
    { key: 'kind', title: t('financePayroll.inputs.kind'), render: (_, i) => kind(i.kind) },
    {
      key: 'amount',
      title: t('financePayroll.inputs.amount'),
      align: 'right',
      render: (_, i) => formatMoney(i.amount),
    },
    { key: 'description', title: t('financePayroll.inputs.description'), render: (_, i) => i.description },
    { key: 'source', title: t('financePayroll.inputs.source'), render: (_, i) => i.sourceRef ?? i.source },
    ...(writable
      ? [
          {
            key: 'remove',
            title: '',
            render: (_: unknown, i: PayrollInput) => (
              <Popconfirm
                title={t('financePayroll.inputs.confirmRemove')}
                okText={t('financePayroll.inputs.remove')}
                cancelText={t('common.cancel')}
                onConfirm={() =>
                  remove.mutate(i.id, {
                    onError: (error) => void message.error(payrollProblemMessage(t, error)),
                  })
                }
              >
                <Button size="small" danger>
                  {t('financePayroll.inputs.remove')}
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" gap="middle" wrap>
        <DatePicker
          picker="month"
          aria-label={t('financePayroll.fields.month')}
          allowClear={false}
          value={dayjs(`${month}-01`)}
          onChange={(value) => value && onMonth(value.format('YYYY-MM'))}
        />
        <CreateButton create={create} />
      </Flex>
      <CursorTable<PayrollInput>
        list={list}
        pages={pages}
        total={undefined}
        pageSize={PAGE}
        onPageSizeChange={() => undefined}
        columns={columns}
        testId="payroll-inputs-table"
        empty={{ noneText: t('financePayroll.inputs.empty', { month }), create }}
      />
      <InputModal month={month} open={adding} onClose={() => setAdding(false)} />
    </Flex>
  );
}
