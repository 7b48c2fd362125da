import { Alert, Flex, Table, Tag, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../shared/money/money';
import type { PurchaseOrder } from './purchasing.api';
import type { Discrepancy, SupplierInvoice } from './sourcing.api';

/** "lines.2.unitPrice" → the invoice line's number (3), or undefined for a field of another form. */
export function discrepancyLineNo(field: string): number | undefined {
  const match = /^lines\.(\d+)\./.exec(field);
  return match ? Number(match[1]) + 1 : undefined;
}

interface DiscrepancyViewProps {
  invoice: Pick<SupplierInvoice, 'status' | 'discrepancies'>;
  /** The invoiced order, when loaded: names each discrepancy's SKU. */
  order?: Pick<PurchaseOrder, 'lines'>;
}

/**
 * The match result: matched, or each discrepancy with the field, what the order and receipts say (expected) and
 * what the invoice says (actual). Prices are 分 and shown as money, quantities as units.
 */
export function SupplierInvoiceDiscrepancies({ invoice, order }: DiscrepancyViewProps) {
  const { t } = useTranslation();
  const show = (d: Discrepancy, value: number) => (d.kind === 'price' ? formatMoney(value) : String(value));
  const sku = (lineId: string) => {
    const line = order?.lines.find((candidate) => candidate.id === lineId);
    return line ? (line.skuCode ?? line.skuId.slice(-8)) : undefined;
  };
  const kindLabel = (kind: string) =>
    kind === 'price' || kind === 'quantity' ? t(`purchasing.invoices.kinds.${kind}`) : kind;
  const columns: TableProps<Discrepancy>['columns'] = [
    {
      key: 'field',
      title: t('purchasing.invoices.field'),
      render: (_, d) => {
        const line = discrepancyLineNo(d.field);
        const what = kindLabel(d.kind);
        return (
          <Flex vertical gap={0}>
            <span>{line === undefined ? d.field : t('purchasing.invoices.fieldLabel', { line, what })}</span>
            {sku(d.purchaseOrderLineId) && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {sku(d.purchaseOrderLineId)}
              </Typography.Text>
            )}
          </Flex>
        );
      },
    },
    {
      key: 'kind',
      title: t('purchasing.invoices.kind'),
      render: (_, d) => <Tag color={d.kind === 'price' ? 'orange' : 'blue'}>{kindLabel(d.kind)}</Tag>,
    },
    {
      key: 'expected',
      title: t('purchasing.invoices.expected'),
      align: 'right',
      render: (_, d) => show(d, d.expected),
    },
    {
      key: 'actual',
      title: t('purchasing.invoices.actual'),
      align: 'right',
      render: (_, d) => show(d, d.actual),
    },
    {
      key: 'difference',
      title: t('purchasing.invoices.difference'),
      align: 'right',
      render: (_, d) => {
        const gap = d.actual - d.expected;
        const text = show(d, gap);
        return <Typography.Text type="danger">{gap > 0 ? `+${text}` : text}</Typography.Text>;
      },
    },
    {
      key: 'message',
      title: t('purchasing.invoices.message'),
      render: (_, d) => <Typography.Text type="secondary">{d.message}</Typography.Text>,
    },
  ];
  const count = invoice.discrepancies.length;
  return (
    <Flex vertical gap="small" data-testid="invoice-match">
      {count === 0 ? (
        <Alert type="success" showIcon title={t('purchasing.invoices.matched')} />
      ) : (
        <Alert
          type={invoice.status === 'mismatched' ? 'warning' : 'info'}
          showIcon
          title={t('purchasing.invoices.mismatched', { count })}
        />
      )}
      {count > 0 && (
        <Table<Discrepancy>
          rowKey="field"
          size="small"
          columns={columns}
          dataSource={invoice.discrepancies}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="invoice-discrepancies"
        />
      )}
    </Flex>
  );
}
