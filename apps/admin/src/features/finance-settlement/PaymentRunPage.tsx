import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Flex, Spin, Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PATHS, supplierStatementPath } from '../../app/paths';
import { formatDateTime } from '../../shared/format/date-time';
import { formatMoney } from '../../shared/money/money';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { paymentRunQuery, type PaymentRunLine } from './payables.api';
import { PaymentRunActions } from './PaymentRunActions';
import { PaymentRunStatusTag } from './SettlementTags';
import { SupplierName } from './SupplierName';

/** 付款批次 → one run: its payables and amounts, and the next step (approve, pay, cancel). */
export function PaymentRunPage() {
  const { t, i18n } = useTranslation();
  const { runId = '' } = useParams();
  const run = useQuery(paymentRunQuery(runId));

  if (run.isError) return <QueryProblem error={run.error} onRetry={() => void run.refetch()} />;
  if (!run.data) return <Spin />;
  const r = run.data;
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : t('common.none'));
  const lines = r.lines ?? [];
  const columns: TableProps<PaymentRunLine>['columns'] = [
    { key: 'payable', title: t('financeSettlement.fields.number'), render: (_, l) => l.payableNumber },
    {
      key: 'supplier',
      title: t('financeSettlement.fields.supplier'),
      render: (_, l) => (
        <Link to={supplierStatementPath(l.supplierId)}>
          <SupplierName id={l.supplierId} />
        </Link>
      ),
    },
    {
      key: 'invoice',
      title: t('financeSettlement.fields.supplierInvoiceNumber'),
      render: (_, l) => l.supplierInvoiceNumber,
    },
    {
      key: 'amount',
      title: t('financeSettlement.fields.payAmount'),
      align: 'right',
      render: (_, l) => formatMoney(l.amount),
    },
  ];
  return (
    <Flex vertical gap="middle">
      <Link to={PATHS.paymentRuns}>{t('financeSettlement.run.backToList')}</Link>
      <Flex justify="space-between" align="start" gap="middle" wrap>
        <Flex vertical gap={4}>
          <Typography.Title level={2} style={{ margin: 0 }} data-testid="payment-run-number">
            {t('financeSettlement.run.title', { number: r.number })}
          </Typography.Title>
          <span data-testid="payment-run-status">
            <PaymentRunStatusTag status={r.status} />
          </span>
        </Flex>
        <PaymentRunActions run={r} />
      </Flex>
      <Card>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'date', label: t('financeSettlement.fields.paymentDate'), children: r.paymentDate },
            {
              key: 'total',
              label: t('financeSettlement.fields.totalAmount'),
              children: <span data-testid="payment-run-total">{formatMoney(r.totalAmount)}</span>,
            },
            { key: 'created', label: t('financeSettlement.fields.createdAt'), children: when(r.createdAt) },
            {
              key: 'approved',
              label: t('financeSettlement.fields.approvedAt'),
              children: when(r.approvedAt),
            },
            { key: 'paid', label: t('financeSettlement.fields.paidAt'), children: when(r.paidAt) },
          ]}
        />
      </Card>
      <Card title={t('financeSettlement.run.lines', { count: lines.length })}>
        <Table<PaymentRunLine>
          rowKey="payableId"
          size="small"
          columns={columns}
          dataSource={lines}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="payment-run-lines"
        />
      </Card>
    </Flex>
  );
}
