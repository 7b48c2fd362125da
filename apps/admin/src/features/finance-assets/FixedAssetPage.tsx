import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Flex, Spin, Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PATHS } from '../../app/paths';
import type { zhCN } from '../../i18n/locales/zh-CN';
import { formatMoney } from '../../shared/money/money';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { assetQuery, assetTransfersQuery, type FixedAsset, type FixedAssetTransfer } from './assets.api';
import { AssetActions } from './AssetActions';
import { AssetStatusTag } from './AssetStatusTag';
import { useCustodianNames } from './custodians';

type AssetField = keyof typeof zhCN.financeLedger.assets.fields;

function Facts({ asset: a }: { asset: FixedAsset }) {
  const { t } = useTranslation();
  const field = (name: AssetField) => t(`financeLedger.assets.fields.${name}`);
  const custodianName = useCustodianNames([a.custodianEmployeeId]);
  const disposed = a.status === 'disposed';
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        {
          key: 'category',
          label: field('category'),
          children: t(`financeLedger.assets.categories.${a.category}`),
        },
        {
          key: 'custodian',
          label: field('custodian'),
          children: <span data-testid="asset-custodian">{custodianName(a.custodianEmployeeId)}</span>,
        },
        { key: 'location', label: field('location'), children: a.location },
        { key: 'cost', label: field('cost'), children: formatMoney(a.cost) },
        { key: 'residual', label: field('residualValue'), children: formatMoney(a.residualValue) },
        { key: 'life', label: field('usefulLifeMonths'), children: a.usefulLifeMonths },
        { key: 'inService', label: field('inServiceDate'), children: a.inServiceDate },
        {
          key: 'accumulated',
          label: field('accumulatedDepreciation'),
          children: <span data-testid="asset-accumulated">{formatMoney(a.accumulatedDepreciation)}</span>,
        },
        {
          key: 'nbv',
          label: field('netBookValue'),
          children: <span data-testid="asset-nbv">{formatMoney(a.netBookValue)}</span>,
        },
        { key: 'months', label: field('monthsDepreciated'), children: a.monthsDepreciated },
        ...(disposed
          ? [
              { key: 'disposedOn', label: field('disposedOn'), children: a.disposedOn },
              {
                key: 'proceeds',
                label: field('disposalProceeds'),
                children: a.disposalProceeds === null ? t('common.none') : formatMoney(a.disposalProceeds),
              },
              { key: 'reason', label: field('disposalReason'), children: a.disposalReason },
            ]
          : []),
      ]}
    />
  );
}

function Transfers({ assetId }: { assetId: string }) {
  const { t } = useTranslation();
  const transfers = useQuery(assetTransfersQuery(assetId));
  const custodianName = useCustodianNames(
    (transfers.data ?? []).flatMap((r) => [r.fromEmployeeId, r.toEmployeeId]),
  );
  const columns: TableProps<FixedAssetTransfer>['columns'] = [
    { key: 'on', title: t('financeLedger.assets.detail.transferredOn'), render: (_, r) => r.transferredOn },
    {
      key: 'from',
      title: t('financeLedger.assets.detail.from'),
      render: (_, r) => custodianName(r.fromEmployeeId),
    },
    {
      key: 'to',
      title: t('financeLedger.assets.detail.to'),
      render: (_, r) => custodianName(r.toEmployeeId),
    },
    {
      key: 'fromLocation',
      title: t('financeLedger.assets.detail.fromLocation'),
      render: (_, r) => r.fromLocation,
    },
    { key: 'toLocation', title: t('financeLedger.assets.detail.toLocation'), render: (_, r) => r.toLocation },
    { key: 'reason', title: t('financeLedger.assets.detail.reason'), render: (_, r) => r.reason },
  ];
  if (transfers.isError)
    return <QueryProblem error={transfers.error} onRetry={() => void transfers.refetch()} />;
  return (
    <Table<FixedAssetTransfer>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={transfers.data ?? []}
      loading={transfers.isPending}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="asset-transfers"
      locale={{ emptyText: t('financeLedger.assets.detail.noTransfers') }}
    />
  );
}

/** 固定资产卡片 → one asset: cost, depreciation so far, net book value, who holds it, and its hand-overs. */
export function FixedAssetPage() {
  const { t } = useTranslation();
  const { assetId = '' } = useParams();
  const asset = useQuery(assetQuery(assetId));

  if (asset.isError) return <QueryProblem error={asset.error} onRetry={() => void asset.refetch()} />;
  if (!asset.data) return <Spin />;
  const a = asset.data;
  return (
    <Flex vertical gap="middle">
      <Link to={PATHS.fixedAssets}>{t('financeLedger.assets.detail.backToList')}</Link>
      <Flex justify="space-between" align="start" gap="middle" wrap>
        <Flex vertical gap={4}>
          <Typography.Title level={2} style={{ margin: 0 }} data-testid="asset-title">
            {a.number} {a.name}
          </Typography.Title>
          <span data-testid="asset-status">
            <AssetStatusTag status={a.status} />
          </span>
        </Flex>
        <AssetActions asset={a} />
      </Flex>
      <Card>
        <Facts asset={a} />
      </Card>
      <Card title={t('financeLedger.assets.detail.transfers')}>
        <Transfers assetId={a.id} />
      </Card>
    </Flex>
  );
}
