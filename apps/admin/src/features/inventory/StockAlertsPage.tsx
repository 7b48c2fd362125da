import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Flex, Segmented, Table, Tag, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/date-time';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CursorPager } from '../../shared/ui/CursorPager';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { enumParam, intParam, type UrlStateSpec } from '../../shared/url-state/url-state';
import { useOpenRecord } from '../../shared/url-state/use-open-record';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { stockAlertListQuery, type StockAlert } from './inventory.api';
import { StockMovementsDrawer } from './StockMovementsDrawer';

const ALERT_STATUSES = ['open', 'resolved', 'all'] as const;
type AlertStatus = (typeof ALERT_STATUSES)[number];
const alertListSpec: UrlStateSpec<{ status: AlertStatus; limit: number }> = {
  status: enumParam(ALERT_STATUSES, 'open'),
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};

/** 库存 → Low stock: each time available fell below the reorder point, open until it rises again. */
export function StockAlertsPage() {
  const { t, i18n } = useTranslation();
  const [state, setState] = useUrlState(alertListSpec);
  const pages = useCursorPages(JSON.stringify(state));
  const history = useOpenRecord('movements');
  const query = { status: state.status, limit: state.limit, cursor: pages.cursor };
  const alerts = useQuery({ ...stockAlertListQuery(query), placeholderData: keepPreviousData });
  const rows = alerts.data?.data ?? [];
  const shown = rows.find((alert) => alert.skuId === history.shownId);
  const columns: TableProps<StockAlert>['columns'] = [
    {
      key: 'sku',
      title: t('inventory.columns.sku'),
      render: (_, alert) => (
        <Button type="link" size="small" onClick={() => history.open(alert.skuId)} style={{ padding: 0 }}>
          {alert.skuName ? `${alert.skuCode} · ${alert.skuName}` : alert.skuCode}
        </Button>
      ),
    },
    { key: 'warehouse', title: t('inventory.columns.warehouse'), render: (_, a) => a.warehouseCode },
    {
      key: 'availableAtAlert',
      title: t('inventory.alerts.availableAtAlert'),
      align: 'right',
      render: (_, a) => a.availableAtAlert,
    },
    {
      key: 'available',
      title: t('inventory.alerts.availableNow'),
      align: 'right',
      render: (_, a) => a.available,
    },
    {
      key: 'reorderPoint',
      title: t('inventory.columns.reorderPoint'),
      align: 'right',
      render: (_, a) => `${a.reorderPoint} / ${a.safetyStock}`,
    },
    {
      key: 'raisedAt',
      title: t('inventory.alerts.raisedAt'),
      render: (_, a) => formatDateTime(a.raisedAt, i18n.language),
    },
    {
      key: 'status',
      title: t('inventory.alerts.status'),
      render: (_, alert) =>
        alert.resolvedAt ? (
          <Tag color="green">
            {t('inventory.alerts.resolvedAt', { time: formatDateTime(alert.resolvedAt, i18n.language) })}
          </Tag>
        ) : (
          <Tag color="red">{t('inventory.alerts.statuses.open')}</Tag>
        ),
    },
  ];
  if (alerts.isError && !alerts.data)
    return <QueryProblem error={alerts.error} onRetry={() => void alerts.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <PageHeader title={t('inventory.alerts.title')} subtitle={t('inventory.alerts.subtitle')} />
      <Segmented<AlertStatus>
        value={state.status}
        onChange={(status) => setState({ status })}
        options={ALERT_STATUSES.map((value) => ({ value, label: t(`inventory.alerts.statuses.${value}`) }))}
        style={{ alignSelf: 'start' }}
      />
      {alerts.isError && <QueryProblem error={alerts.error} onRetry={() => void alerts.refetch()} />}
      <Table<StockAlert>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={alerts.isPending || alerts.isPlaceholderData}
        pagination={false}
        locale={{ emptyText: t('inventory.alerts.empty') }}
        scroll={{ x: 'max-content' }}
      />
      <CursorPager
        page={pages.page}
        total={undefined}
        hasPrevious={pages.hasPrevious}
        nextCursor={alerts.isPlaceholderData ? undefined : alerts.data?.nextCursor}
        pageSize={state.limit}
        disabled={alerts.isPending}
        onPrevious={pages.goToPrevious}
        onNext={pages.goToNext}
        onPageSizeChange={(limit) => setState({ limit })}
      />
      <StockMovementsDrawer
        open={!!history.openId}
        skuId={history.shownId}
        title={shown && (shown.skuName ? `${shown.skuCode} · ${shown.skuName}` : shown.skuCode)}
        onClose={history.close}
      />
    </Flex>
  );
}
