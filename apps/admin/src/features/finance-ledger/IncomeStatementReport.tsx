import { Spin, Table, type TableProps } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../shared/money/money';
import type { IncomeStatement } from './ledger.api';

const IncomeChart = lazy(() => import('./IncomeChart'));

interface Row {
  key: string;
  name: string;
  current: number;
  yearToDate: number;
  strong?: boolean;
}

/** 利润表: this period beside the year to date, line by line, with the profits; a bar chart of the same. */
export function IncomeStatementReport({ report }: { report: IncomeStatement }) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  const ytd = new Map(report.yearToDate.lines.map((l) => [l.key, l.amount]));
  const rows: Row[] = [
    ...report.current.lines.map((l) => ({
      key: l.key,
      name: zh ? l.nameZh : l.nameEn,
      current: l.amount,
      yearToDate: ytd.get(l.key) ?? 0,
    })),
    ...(['operatingProfit', 'totalProfit', 'netProfit'] as const).map((key) => ({
      key,
      name: t(`financeLedger.reports.${key}`),
      current: report.current[key],
      yearToDate: report.yearToDate[key],
      strong: true,
    })),
  ];
  const columns: TableProps<Row>['columns'] = [
    {
      key: 'name',
      title: t('financeLedger.reports.item'),
      render: (_, r) => (r.strong ? <strong>{r.name}</strong> : r.name),
    },
    {
      key: 'current',
      title: t('financeLedger.reports.current'),
      align: 'right',
      render: (_, r) => formatMoney(r.current),
    },
    {
      key: 'yearToDate',
      title: t('financeLedger.reports.yearToDate'),
      align: 'right',
      render: (_, r) => formatMoney(r.yearToDate),
    },
  ];
  const chartTitle = t('financeLedger.reports.chartTitle', { period: report.period });
  return (
    <>
      <Table<Row>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="income-statement-table"
      />
      <Suspense fallback={<Spin />}>
        <IncomeChart
          title={chartTitle}
          categories={rows.map((r) => r.name)}
          series={[
            { name: t('financeLedger.reports.current'), values: rows.map((r) => r.current / 100) },
            { name: t('financeLedger.reports.yearToDate'), values: rows.map((r) => r.yearToDate / 100) },
          ]}
        />
      </Suspense>
    </>
  );
}
