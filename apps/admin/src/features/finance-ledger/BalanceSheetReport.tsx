import { Col, Row as GridRow, Table, Tag, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../shared/money/money';
import type { BalanceSheet } from './ledger.api';

interface Row {
  key: string;
  name: string;
  closing: number;
  yearStart: number;
  strong?: boolean;
}

type Section = 'assets' | 'liabilities' | 'equity';

/** 资产负债表: assets on the left, liabilities and equity on the right, at the period's end and the year's start. */
export function BalanceSheetReport({ report }: { report: BalanceSheet }) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  const section = (name: Section): Row[] => {
    const start = new Map(report.yearStart[name].lines.map((l) => [l.key, l.amount]));
    return [
      ...report.closing[name].lines.map((l) => ({
        key: `${name}:${l.key}`,
        name: zh ? l.nameZh : l.nameEn,
        closing: l.amount,
        yearStart: start.get(l.key) ?? 0,
      })),
      {
        key: `${name}:total`,
        name: name === 'assets' ? t('financeLedger.reports.assetsTotal') : t(`financeLedger.reports.${name}`),
        closing: report.closing[name].total,
        yearStart: report.yearStart[name].total,
        strong: true,
      },
    ];
  };
  const right: Row[] = [
    ...section('liabilities'),
    ...section('equity'),
    {
      key: 'liabilitiesAndEquity',
      name: t('financeLedger.reports.liabilitiesAndEquity'),
      closing: report.closing.liabilitiesAndEquity,
      yearStart: report.yearStart.liabilitiesAndEquity,
      strong: true,
    },
  ];
  const columns: TableProps<Row>['columns'] = [
    {
      key: 'name',
      title: t('financeLedger.reports.item'),
      render: (_, r) => (r.strong ? <strong>{r.name}</strong> : r.name),
    },
    {
      key: 'closing',
      title: t('financeLedger.reports.closing'),
      align: 'right',
      render: (_, r) => formatMoney(r.closing),
    },
    {
      key: 'yearStart',
      title: t('financeLedger.reports.yearStart'),
      align: 'right',
      render: (_, r) => formatMoney(r.yearStart),
    },
  ];
  const table = (rows: Row[], testId: string) => (
    <Table<Row>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid={testId}
    />
  );
  return (
    <>
      <div>
        {report.balanced ? (
          <Tag color="green">{t('financeLedger.reports.balanced')}</Tag>
        ) : (
          <Tag color="red">{t('financeLedger.reports.notBalanced')}</Tag>
        )}
      </div>
      <GridRow gutter={16}>
        <Col xs={24} xl={12}>
          {table(section('assets'), 'balance-sheet-assets')}
        </Col>
        <Col xs={24} xl={12}>
          {table(right, 'balance-sheet-liabilities')}
        </Col>
      </GridRow>
    </>
  );
}
