import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CursorPager } from '../../shared/ui/CursorPager';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { differsFromFallback } from '../../shared/url-state/url-state';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { ORG_UNIT_FILTERS, orgUnitListSpec, toListQuery } from './org-unit-list-state';
import { orgUnitListQuery } from './org-units.api';
import { OrgUnitDrawer, type OrgUnitDrawerTarget } from './OrgUnitDrawer';
import { OrgUnitFilters } from './OrgUnitFilters';
import { OrgUnitsEmpty } from './OrgUnitsEmpty';
import { OrgUnitsTable } from './OrgUnitsTable';

/** Administration → Org units: the company's tree as a filterable, sortable, keyset-paginated table. */
export function OrgUnitsPage() {
  const { t } = useTranslation();
  const [state, setState] = useUrlState(orgUnitListSpec);
  const pages = useCursorPages(JSON.stringify(state));
  const list = useQuery({
    ...orgUnitListQuery(toListQuery(state, pages.cursor)),
    placeholderData: keepPreviousData,
  });
  // Only the first page carries `total`; watching its cache entry keeps the total on later pages too.
  const firstPage = useQuery({ ...orgUnitListQuery(toListQuery(state, undefined)), enabled: false });

  const [drawerTarget, setDrawerTarget] = useState<OrgUnitDrawerTarget>();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const openDrawer = (target: OrgUnitDrawerTarget) => {
    setDrawerTarget(target);
    setDrawerOpen(true);
  };
  const openCreate = () => openDrawer({ mode: 'create', defaultKind: state.kind });

  const filtered = differsFromFallback(orgUnitListSpec, state, ORG_UNIT_FILTERS);
  const clearFilters = () => setState({ kind: undefined, status: undefined, q: '' });
  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="start" gap="middle" wrap>
        <div>
          <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4 }}>
            {t('orgUnits.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('orgUnits.subtitle')}</Typography.Text>
        </div>
        <Button type="primary" icon={<PlusOutlined />} onClick={openCreate}>
          {t('orgUnits.create')}
        </Button>
      </Flex>
      <OrgUnitFilters state={state} filtered={filtered} onChange={setState} />
      {list.isError && <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />}
      <OrgUnitsTable
        units={list.isError ? [] : (list.data?.data ?? [])}
        loading={list.isPending || list.isPlaceholderData}
        sort={state.sort}
        emptyText={
          list.isPending || list.isError ? null : (
            <OrgUnitsEmpty filtered={filtered} onClearFilters={clearFilters} onCreate={openCreate} />
          )
        }
        onSortChange={(sort) => setState({ sort })}
        onEdit={(unit) => openDrawer({ mode: 'edit', unit })}
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
      <OrgUnitDrawer target={drawerTarget} open={drawerOpen} onClose={() => setDrawerOpen(false)} />
    </Flex>
  );
}
