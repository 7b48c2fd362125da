import { ApartmentOutlined, PlusOutlined, TableOutlined } from '@ant-design/icons';
import { Button, Flex, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { PageHeader } from '../../shared/ui/PageHeader';
import { enumParam, type UrlStateSpec } from '../../shared/url-state/url-state';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { orgUnitListSpec } from './org-unit-list-state';
import type { OrgUnit } from './org-units.api';
import { OrgUnitDrawer, type OrgUnitDrawerTarget } from './OrgUnitDrawer';
import { OrgUnitsTableView } from './OrgUnitsTableView';
import { OrgUnitsTree } from './OrgUnitsTree';

type View = 'table' | 'tree';
const viewSpec: UrlStateSpec<{ view: View }> = { view: enumParam<View>(['table', 'tree'], 'table') };

/**
 * Administration → Org units: the company's structure as a filterable, sortable, keyset-paginated table, or as
 * the tree it is (`?view=tree`).
 */
export function OrgUnitsPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const canWrite = can('org-units:write');
  const [{ view }, setView] = useUrlState(viewSpec);
  const [state, setState] = useUrlState(orgUnitListSpec);

  const [drawerTarget, setDrawerTarget] = useState<OrgUnitDrawerTarget>();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const openDrawer = (target: OrgUnitDrawerTarget) => {
    setDrawerTarget(target);
    setDrawerOpen(true);
  };
  const openCreate = () => openDrawer({ mode: 'create', defaultKind: state.kind });
  const openEdit = (unit: OrgUnit) => openDrawer({ mode: 'edit', unit });

  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('orgUnits.title')}
        subtitle={t('orgUnits.subtitle')}
        extra={
          <Flex gap="small">
            <Segmented<View>
              aria-label={t('orgUnits.view.label')}
              value={view}
              onChange={(next) => setView({ view: next })}
              options={[
                { value: 'table', label: t('orgUnits.view.table'), icon: <TableOutlined /> },
                { value: 'tree', label: t('orgUnits.view.tree'), icon: <ApartmentOutlined /> },
              ]}
            />
            {canWrite && (
              <Button type="primary" icon={<PlusOutlined />} onClick={openCreate}>
                {t('orgUnits.create')}
              </Button>
            )}
          </Flex>
        }
      />
      {view === 'tree' ? (
        <OrgUnitsTree onEdit={canWrite ? openEdit : undefined} />
      ) : (
        <OrgUnitsTableView
          canWrite={canWrite}
          state={state}
          setState={setState}
          onCreate={openCreate}
          onEdit={openEdit}
        />
      )}
      <OrgUnitDrawer target={drawerTarget} open={drawerOpen} onClose={() => setDrawerOpen(false)} />
    </Flex>
  );
}
