import { Button, Flex, Table, Tag, Tooltip, Typography, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../shared/money/money';
import type { ComparisonColumn, TenderComparison } from './sourcing.api';

interface ComparisonTableRow {
  key: string;
  label: ReactNode;
  cells: Record<string, ReactNode>;
}

interface TenderComparisonTableProps {
  comparison: TenderComparison;
  /** Offered while the tender may be awarded: a button under each supplier. */
  onAward?(quote: ComparisonColumn): void;
}

const LOWEST_BACKGROUND = 'rgba(82, 196, 26, 0.12)';

/**
 * Quotes side by side: suppliers across the top (best compliant first, as the API ranks them), items down the
 * side, then totals, lead time and compliance. The lowest compliant quote's column is highlighted; within a
 * row, the lowest unit price offered is in bold.
 */
export function TenderComparisonTable({ comparison, onAward }: TenderComparisonTableProps) {
  const { t } = useTranslation();
  const lowestId = comparison.lowestCompliantQuoteId;
  const supplierName = (quote: ComparisonColumn) => quote.supplierName ?? `…${quote.supplierId.slice(-8)}`;

  const rows: ComparisonTableRow[] = [
    ...comparison.items.map((item) => ({
      key: item.tenderItemId,
      label: (
        <span>
          {item.skuCode ?? `…${item.skuId.slice(-8)}`} × {item.quantity}
        </span>
      ),
      cells: Object.fromEntries(
        item.offers.map((offer) => [
          offer.quoteId,
          offer.unitPrice === null ? (
            <Typography.Text type="secondary">{t('purchasing.tenders.notOffered')}</Typography.Text>
          ) : (
            <Flex vertical gap={0} align="end">
              <Typography.Text strong={offer.lowest}>{formatMoney(offer.unitPrice)}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatMoney(offer.lineAmount ?? 0)}
              </Typography.Text>
            </Flex>
          ),
        ]),
      ),
    })),
    {
      key: 'total',
      label: <Typography.Text strong>{t('purchasing.tenders.total')}</Typography.Text>,
      cells: Object.fromEntries(
        comparison.quotes.map((quote) => [
          quote.quoteId,
          <Typography.Text strong key="total" data-testid={`comparison-total-${quote.quoteId}`}>
            {formatMoney(quote.total)}
          </Typography.Text>,
        ]),
      ),
    },
    {
      key: 'leadTime',
      label: t('purchasing.tenders.leadTimeDays'),
      cells: Object.fromEntries(
        comparison.quotes.map((quote) => [
          quote.quoteId,
          t('purchasing.purchaseLists.days', { count: quote.leadTimeDays }),
        ]),
      ),
    },
    {
      key: 'compliance',
      label: t('purchasing.tenders.compliant'),
      cells: Object.fromEntries(
        comparison.quotes.map((quote) => [
          quote.quoteId,
          quote.compliant ? (
            <Tag color="green">{t('purchasing.tenders.compliant')}</Tag>
          ) : (
            <Tooltip title={quote.nonCompliance.join('；')}>
              <Tag color="red">{t('purchasing.tenders.nonCompliant')}</Tag>
            </Tooltip>
          ),
        ]),
      ),
    },
    {
      key: 'terms',
      label: t('purchasing.tenders.terms'),
      cells: Object.fromEntries(
        comparison.quotes.map((quote) => [quote.quoteId, quote.terms ?? t('common.none')]),
      ),
    },
  ];

  const columns: TableProps<ComparisonTableRow>['columns'] = [
    { key: 'line', title: t('purchasing.tenders.line'), fixed: 'left', render: (_, row) => row.label },
    ...comparison.quotes.map((quote) => {
      const lowest = quote.quoteId === lowestId;
      const highlight = lowest ? { style: { background: LOWEST_BACKGROUND } } : {};
      return {
        key: quote.quoteId,
        align: 'right' as const,
        title: (
          <Flex vertical gap={4} align="end" data-testid={`comparison-supplier-${quote.supplierId}`}>
            <span>{supplierName(quote)}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('purchasing.tenders.rank')} {quote.rank}
            </Typography.Text>
            {lowest && <Tag color="green">{t('purchasing.tenders.lowestCompliant')}</Tag>}
            {onAward && (
              <Button size="small" type={lowest ? 'primary' : 'default'} onClick={() => onAward(quote)}>
                {t('purchasing.tenders.award')}
              </Button>
            )}
          </Flex>
        ),
        onHeaderCell: () => ({ 'data-lowest': lowest ? 'true' : undefined, ...highlight }) as object,
        onCell: () => ({ 'data-lowest': lowest ? 'true' : undefined, ...highlight }) as object,
        render: (_: unknown, row: ComparisonTableRow) => row.cells[quote.quoteId] ?? null,
      };
    }),
  ];

  return (
    <Table<ComparisonTableRow>
      rowKey="key"
      size="small"
      bordered
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="tender-comparison"
    />
  );
}
