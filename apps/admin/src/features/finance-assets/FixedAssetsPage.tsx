import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Flex, Select, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { fixedAssetPath } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import type { zhCN } from '../../i18n/locales/zh-CN';
import { formatMoney } from '../../shared/money/money';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CreateButton } from '../../shared/ui/CreateButton';
import { CursorTable } from '../../shared/ui/CursorTable';
import { FilterBar } from '../../shared/ui/FilterBar';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { ASSET_CATEGORIES, ASSET_STATUSES, assetListQuery, type FixedAsset } from './assets.api';
import { assetListSpec, isAssetListFiltered, NO_ASSET_FILTERS, toAssetQuery } from './asset-list-state';
import { AssetStatusTag } from './AssetStatusTag';
import { CustodianSelect, useCustodianNames } from './custodians';
import { DepreciationModal } from './DepreciationModal';
import { RegisterAssetModal } from './RegisterAssetModal';

type AssetField = keyof typeof zhCN.financeLedger.assets.fields;

/** 固定资产 → the register by number; status, category and custodian kept in the URL. */
export function FixedAssetsPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<'register' | 'depreciate'>();
  const [state, setState] = useUrlState(assetListSpec);
  const pages = useCursorPages(JSON.stringify(state));
  const list = useQuery({
    ...assetListQuery(toAssetQuery(state, pages.cursor)),
    placeholderData: keepPreviousData,
  });
  const firstPage = useQuery({ ...assetListQuery(toAssetQuery(state, undefined)), enabled: false });
  const filtered = isAssetListFiltered(state);
  const clear = () => setState(NO_ASSET_FILTERS);
  const create = can('fixed-assets:write')
    ? { label: t('financeLedger.assets.list.register'), onClick: () => setDialog('register') }
    : undefined;
  const custodianName = useCustodianNames((list.data?.data ?? []).map((a) => a.custodianEmployeeId));
  const field = (name: AssetField) => t(`financeLedger.assets.fields.${name}`);

  const columns: TableProps<FixedAsset>['columns'] = [
    {
      key: 'number',
      title: field('number'),
      render: (_, a) => <Link to={fixedAssetPath(a.id)}>{a.number}</Link>,
    },
    { key: 'name', title: field('name'), render: (_, a) => a.name },
    {
      key: 'category',
      title: field('category'),
      render: (_, a) => t(`financeLedger.assets.categories.${a.category}`),
    },
    {
      key: 'custodian',
      title: field('custodian'),
      render: (_, a) => custodianName(a.custodianEmployeeId),
    },
    { key: 'location', title: field('location'), render: (_, a) => a.location },
    { key: 'cost', title: field('cost'), align: 'right', render: (_, a) => formatMoney(a.cost) },
    {
      key: 'accumulated',
      title: field('accumulatedDepreciation'),
      align: 'right',
      render: (_, a) => formatMoney(a.accumulatedDepreciation),
    },
    {
      key: 'nbv',
      title: field('netBookValue'),
      align: 'right',
      render: (_, a) => formatMoney(a.netBookValue),
    },
    { key: 'status', title: field('status'), render: (_, a) => <AssetStatusTag status={a.status} /> },
  ];

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('financeLedger.assets.list.title')}
        subtitle={t('financeLedger.assets.list.subtitle')}
        extra={
          <Flex gap="small">
            {can('depreciation:run') && (
              <Button onClick={() => setDialog('depreciate')}>
                {t('financeLedger.assets.list.depreciate')}
              </Button>
            )}
            <CreateButton create={create} />
          </Flex>
        }
      />
      <FilterBar filtered={filtered} onClear={clear}>
        <Select
          aria-label={field('status')}
          placeholder={t('financeLedger.assets.list.anyStatus')}
          allowClear
          value={state.status}
          onChange={(status) => setState({ status })}
          options={ASSET_STATUSES.map((s) => ({ value: s, label: t(`financeLedger.assets.statuses.${s}`) }))}
          style={{ width: 120 }}
        />
        <Select
          aria-label={field('category')}
          placeholder={t('financeLedger.assets.list.anyCategory')}
          allowClear
          value={state.category}
          onChange={(category) => setState({ category })}
          options={ASSET_CATEGORIES.map((c) => ({
            value: c,
            label: t(`financeLedger.assets.categories.${c}`),
          }))}
          style={{ width: 140 }}
        />
        <CustodianSelect
          aria-label={field('custodian')}
          placeholder={t('financeLedger.assets.list.anyCustodian')}
          value={state.custodianId}
          onChange={(custodianId) => setState({ custodianId })}
          style={{ width: 200 }}
        />
      </FilterBar>
      <CursorTable<FixedAsset>
        list={list}
        pages={pages}
        total={firstPage.data?.total}
        pageSize={state.limit}
        onPageSizeChange={(limit) => setState({ limit })}
        columns={columns}
        testId="fixed-assets-table"
        empty={{
          noneText: t('financeLedger.assets.list.empty'),
          filtered: filtered
            ? { text: t('financeLedger.assets.list.emptyFiltered'), onClear: clear }
            : undefined,
          create,
        }}
      />
      <RegisterAssetModal
        open={dialog === 'register'}
        onClose={() => setDialog(undefined)}
        onRegistered={(asset) => {
          setDialog(undefined);
          void navigate(fixedAssetPath(asset.id));
        }}
      />
      <DepreciationModal open={dialog === 'depreciate'} onClose={() => setDialog(undefined)} />
    </Flex>
  );
}
