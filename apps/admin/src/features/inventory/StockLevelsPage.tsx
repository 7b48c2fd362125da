import { EditOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Flex, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CursorPager } from '../../shared/ui/CursorPager';
import { ListEmpty } from '../../shared/ui/ListEmpty';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { differsFromFallback } from '../../shared/url-state/url-state';
import { useOpenRecord } from '../../shared/url-state/use-open-record';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { OrgUnitTreeSelect } from '../org-units/OrgUnitTreeSelect';
import { AdjustmentModal, type AdjustmentTarget } from './AdjustmentModal';
import { stockLevelListQuery, type StockLevel } from './inventory.api';
import { ReorderModal } from './ReorderModal';
import { SkuSelect } from './SkuSelect';
import { NO_STOCK_FILTERS, STOCK_FILTERS, stockListSpec, toStockLevelQuery } from './stock-list-state';
import { StockLevelsTable } from './StockLevelsTable';
import { StockMovementsDrawer } from './StockMovementsDrawer';
import { WarehouseSelect } from './WarehouseSelect';

const skuTitle = (level: Pick<StockLevel, 'skuCode' | 'skuName'>) =>
  level.skuName ? `${level.skuCode} · ${level.skuName}` : level.skuCode;

/** 库存 → Stock levels: per SKU and warehouse, filters in the URL; the movement history opens in a drawer. */
export function StockLevelsPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const [state, setState] = useUrlState(stockListSpec);
  const pages = useCursorPages(JSON.stringify(state));
  const list = useQuery({
    ...stockLevelListQuery(toStockLevelQuery(state, pages.cursor)),
    placeholderData: keepPreviousData,
  });
  const firstPage = useQuery({ ...stockLevelListQuery(toStockLevelQuery(state, undefined)), enabled: false });
  const filtered = differsFromFallback(stockListSpec, state, STOCK_FILTERS);
  const history = useOpenRecord('movements');
  const [reorder, setReorder] = useState<StockLevel>();
  const [adjustment, setAdjustment] = useState<AdjustmentTarget>();
  const rows = list.data?.data ?? [];
  const historyRow = rows.find((level) => level.skuId === history.shownId);
  const filteredSkuLabel = rows.find((level) => level.skuId === state.skuId);

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('inventory.stock.title')}
        subtitle={t('inventory.stock.subtitle')}
        extra={
          can('stock:adjust') && (
            <Button type="primary" icon={<EditOutlined />} onClick={() => setAdjustment({})}>
              {t('inventory.adjust.title')}
            </Button>
          )
        }
      />
      <Flex gap="small" wrap role="search" align="center">
        <WarehouseSelect
          aria-label={t('inventory.filters.warehouse')}
          placeholder={t('inventory.filters.anyWarehouse')}
          allowClear
          value={state.warehouseId}
          onChange={(warehouseId) => setState({ warehouseId })}
          style={{ width: 220 }}
        />
        <OrgUnitTreeSelect
          aria-label={t('inventory.filters.region')}
          placeholder={t('inventory.filters.anyRegion')}
          allowClear
          value={state.regionId}
          onChange={(regionId) => setState({ regionId })}
          style={{ width: 200 }}
        />
        <SkuSelect
          aria-label={t('inventory.filters.sku')}
          value={state.skuId}
          valueLabel={filteredSkuLabel && skuTitle(filteredSkuLabel)}
          onChange={(skuId) => setState({ skuId })}
          style={{ width: 420 }}
        />
        <Flex gap="small" align="center">
          <Switch
            id="stock-low-only"
            checked={state.low}
            onChange={(low) => setState({ low })}
            aria-label={t('inventory.filters.lowOnly')}
          />
          <Typography.Text>
            <label htmlFor="stock-low-only">{t('inventory.filters.lowOnly')}</label>
          </Typography.Text>
        </Flex>
        {filtered && (
          <Button type="link" onClick={() => setState(NO_STOCK_FILTERS)}>
            {t('common.clearFilters')}
          </Button>
        )}
      </Flex>
      {list.isError && <QueryProblem error={list.error} onRetry={() => void list.refetch()} />}
      <StockLevelsTable
        levels={rows}
        loading={list.isPending || list.isPlaceholderData}
        onHistory={(level) => history.open(level.skuId)}
        onReorder={setReorder}
        onAdjust={(level) =>
          setAdjustment({ skuId: level.skuId, skuLabel: skuTitle(level), warehouseId: level.warehouseId })
        }
        emptyText={
          list.isPending ? null : (
            <ListEmpty
              noneText={t('inventory.stock.empty')}
              filtered={
                filtered
                  ? { text: t('inventory.stock.emptyFiltered'), onClear: () => setState(NO_STOCK_FILTERS) }
                  : undefined
              }
            />
          )
        }
      />
      <CursorPager
        page={pages.page}
        total={firstPage.data?.total}
        hasPrevious={pages.hasPrevious}
        nextCursor={list.isPlaceholderData ? undefined : list.data?.nextCursor}
        pageSize={state.limit}
        disabled={list.isPending}
        onPrevious={pages.goToPrevious}
        onNext={pages.goToNext}
        onPageSizeChange={(limit) => setState({ limit })}
      />
      <StockMovementsDrawer
        open={!!history.openId}
        skuId={history.shownId}
        title={historyRow && skuTitle(historyRow)}
        onClose={history.close}
      />
      <ReorderModal level={reorder} onClose={() => setReorder(undefined)} />
      <AdjustmentModal target={adjustment} onClose={() => setAdjustment(undefined)} />
    </Flex>
  );
}
