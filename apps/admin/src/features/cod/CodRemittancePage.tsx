import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Flex, Spin, Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { orderPath, PATHS } from '../../app/paths';
import { formatDateTime } from '../../shared/format/date-time';
import { formatMoney } from '../../shared/money/money';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { OrgUnitName } from '../org-units/OrgUnitName';
import { StepHistory } from '../returns/StepHistory';
import { remittanceQuery, type Remittance, type RemittanceLine, type RemittanceStatus } from './cod.api';
import { DiscrepancyCard } from './DiscrepancyCard';
import { CourierName } from './CourierName';
import { Difference } from './Difference';
import { RemittanceActions } from './RemittanceActions';
import { RemittanceStatusTag } from './RemittanceStatusTag';

function Facts({ remittance: r }: { remittance: Remittance }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : t('common.none'));
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        { key: 'day', label: t('cod.fields.businessDay'), children: r.businessDay },
        { key: 'city', label: t('cod.fields.city'), children: <OrgUnitName id={r.orgUnitId} /> },
        {
          key: 'courier',
          label: t('cod.fields.courier'),
          children: r.courierId ? <CourierName id={r.courierId} /> : t('cod.fields.allCouriers'),
        },
        {
          key: 'expected',
          label: t('cod.fields.expectedAmount'),
          children: <span data-testid="remittance-expected">{formatMoney(r.expectedAmount)}</span>,
        },
        {
          key: 'handedIn',
          label: t('cod.fields.handedInAmount'),
          children: (
            <span data-testid="remittance-handed-in">
              {r.handedInAmount === null ? t('common.none') : formatMoney(r.handedInAmount)}
            </span>
          ),
        },
        {
          key: 'difference',
          label: t('cod.fields.difference'),
          children: <Difference amount={r.difference} />,
        },
        { key: 'handedInAt', label: t('cod.fields.handedInAt'), children: when(r.handedInAt) },
        { key: 'confirmedAt', label: t('cod.fields.confirmedAt'), children: when(r.confirmedAt) },
      ]}
    />
  );
}

function Lines({ remittance }: { remittance: Remittance }) {
  const { t } = useTranslation();
  const columns: TableProps<RemittanceLine>['columns'] = [
    {
      key: 'order',
      title: t('orders.fields.number'),
      render: (_, l) => <Link to={orderPath(l.orderId)}>{l.orderNumber}</Link>,
    },
    {
      key: 'expected',
      title: t('cod.fields.orderExpected'),
      align: 'right',
      render: (_, l) => formatMoney(l.expectedAmount),
    },
    {
      key: 'collected',
      title: t('cod.fields.collected'),
      align: 'right',
      render: (_, l) => formatMoney(l.amount),
    },
    {
      key: 'difference',
      title: t('cod.fields.difference'),
      align: 'right',
      render: (_, l) => <Difference amount={l.amount - l.expectedAmount} />,
    },
    {
      key: 'collectedBy',
      title: t('cod.fields.collectedBy'),
      render: (_, l) => <CourierName id={l.collectedBy} />,
    },
  ];
  return (
    <Table<RemittanceLine>
      rowKey="orderId"
      size="small"
      columns={columns}
      dataSource={remittance.lines}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="remittance-lines"
    />
  );
}

/** 回笼批次 → one batch: its orders with the cash expected and collected, hand-in, confirmation, discrepancy. */
export function CodRemittancePage() {
  const { t, i18n } = useTranslation();
  const { remittanceId = '' } = useParams();
  const remittance = useQuery(remittanceQuery(remittanceId));

  if (remittance.isError)
    return <QueryProblem error={remittance.error} onRetry={() => void remittance.refetch()} />;
  if (!remittance.data) return <Spin />;
  const r = remittance.data;
  const action = (code: string) =>
    i18n.exists(`cod.historyActions.${code}`) ? t(`cod.historyActions.${code as 'created'}`) : code;
  const status = (code: string) =>
    i18n.exists(`cod.statuses.${code}`) ? t(`cod.statuses.${code as RemittanceStatus}`) : code;
  return (
    <Flex vertical gap="middle">
      <Link to={PATHS.codRemittances}>{t('cod.detail.backToList')}</Link>
      <Flex justify="space-between" align="start" gap="middle" wrap>
        <Flex vertical gap={4}>
          <Typography.Title level={2} style={{ margin: 0 }} data-testid="remittance-number">
            {t('cod.detail.title', { number: r.number })}
          </Typography.Title>
          <span data-testid="remittance-status">
            <RemittanceStatusTag status={r.status} />
          </span>
        </Flex>
        <RemittanceActions remittance={r} />
      </Flex>
      <Card>
        <Facts remittance={r} />
      </Card>
      {(r.status === 'discrepancy' || r.status === 'resolved') && <DiscrepancyCard remittance={r} />}
      <Card title={t('cod.detail.lines', { count: r.orderCount })}>
        <Lines remittance={r} />
      </Card>
      <Card title={t('cod.detail.history')}>
        <StepHistory entries={r.history} action={action} status={status} testId="remittance-history" />
      </Card>
    </Flex>
  );
}
