import { Table, Tag, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../shared/money/money';
import { accountName } from './AccountSelect';
import type { TrialBalance, TrialBalanceRow } from './ledger.api';

const AMOUNTS = [
  'openingDebit',
  'openingCredit',
  'debit',
  'credit',
  'closingDebit',
  'closingCredit',
] as const;

/** 科目余额表: opening, this period's debits and credits, closing, per account; totals over first-level accounts. */
export function TrialBalanceReport({ report }: { report: TrialBalance }) {
  const { t, i18n } = useTranslation();
  const title = (key: (typeof AMOUNTS)[number]) =>
    key === 'debit' || key === 'credit'
      ? t(`financeLedger.fields.${key}`)
      : t(`financeLedger.reports.${key}`);
  const amount = (value: number) => (value ? formatMoney(value) : '');
  const columns: TableProps<TrialBalanceRow>['columns'] = [
    { key: 'code', title: t('financeLedger.fields.code'), render: (_, r) => r.code },
    {
      key: 'name',
      title: t('financeLedger.fields.accountName'),
      render: (_, r) => (
        <span style={{ paddingLeft: (r.level - 1) * 16 }}>{accountName(r, i18n.language)}</span>
      ),
    },
    ...AMOUNTS.map((key) => ({
      key,
      title: title(key),
      align: 'right' as const,
      render: (_: unknown, r: TrialBalanceRow) => amount(r[key]),
    })),
  ];
  return (
    <>
      <div data-testid="trial-balance-status">
        {report.balanced ? (
          <Tag color="green">{t('financeLedger.reports.balanced')}</Tag>
        ) : (
          <Tag color="red">{t('financeLedger.reports.notBalanced')}</Tag>
        )}
      </div>
      <Table<TrialBalanceRow>
        rowKey="accountId"
        size="small"
        columns={columns}
        dataSource={report.rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="trial-balance-table"
        locale={{ emptyText: t('financeLedger.reports.empty') }}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={2}>
              <strong>{t('financeLedger.reports.total')}</strong>
            </Table.Summary.Cell>
            {AMOUNTS.map((key, i) => (
              <Table.Summary.Cell key={key} index={i + 2} align="right">
                <strong data-testid={`trial-balance-total-${key}`}>{formatMoney(report.totals[key])}</strong>
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        )}
      />
    </>
  );
}
