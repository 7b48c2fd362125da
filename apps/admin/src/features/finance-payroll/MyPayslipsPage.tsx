import { useQuery } from '@tanstack/react-query';
import { Flex, Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { payslipPath } from '../../app/paths';
import { formatMoney } from '../../shared/money/money';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { myPayslipsQuery, type Payslip } from './payroll.api';
import { insuranceOf } from './payslip-figures';

/** 我的工资条: the signed-in employee's own approved payslips, newest first. Everyone may open it. */
export function MyPayslipsPage() {
  const { t } = useTranslation();
  const mine = useQuery(myPayslipsQuery());
  const columns: TableProps<Payslip>['columns'] = [
    {
      key: 'month',
      title: t('financePayroll.fields.month'),
      render: (_, s) => <Link to={payslipPath(s.id)}>{s.month}</Link>,
    },
    {
      key: 'gross',
      title: t('financePayroll.review.gross'),
      align: 'right',
      render: (_, s) => formatMoney(s.gross),
    },
    {
      key: 'insurance',
      title: t('financePayroll.review.insurance'),
      align: 'right',
      render: (_, s) => formatMoney(insuranceOf(s)),
    },
    {
      key: 'tax',
      title: t('financePayroll.review.tax'),
      align: 'right',
      render: (_, s) => formatMoney(s.tax),
    },
    {
      key: 'net',
      title: t('financePayroll.review.net'),
      align: 'right',
      render: (_, s) => formatMoney(s.net),
    },
  ];
  if (mine.isError) return <QueryProblem error={mine.error} onRetry={() => void mine.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <PageHeader title={t('financePayroll.mine.title')} subtitle={t('financePayroll.mine.subtitle')} />
      <Table<Payslip>
        rowKey="id"
        data-testid="my-payslips-table"
        loading={mine.isPending}
        columns={columns}
        dataSource={mine.data ?? []}
        pagination={false}
        locale={{ emptyText: t('financePayroll.mine.empty') }}
      />
    </Flex>
  );
}
