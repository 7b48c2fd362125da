import { Divider, Drawer, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { RecordHistory } from '../audit-log/RecordHistory';
import { CreateOrgUnitForm } from './CreateOrgUnitForm';
import { EditOrgUnitForm } from './EditOrgUnitForm';
import type { OrgUnit, OrgUnitKind } from './org-units.api';

export type OrgUnitDrawerTarget =
  { mode: 'create'; defaultKind?: OrgUnitKind } | { mode: 'edit'; unit: OrgUnit };

interface OrgUnitDrawerProps {
  /** Kept after closing so the drawer does not go blank while it slides away. */
  target: OrgUnitDrawerTarget | undefined;
  open: boolean;
  onClose(): void;
}

/**
 * Create or edit an org unit beside the list, with the unit's history under the form (for audit-events:read).
 * Esc or the mask closes it; the form is rebuilt on every open.
 */
export function OrgUnitDrawer({ target, open, onClose }: OrgUnitDrawerProps) {
  const { t } = useTranslation();
  const can = usePermissions();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      destroyOnHidden
      size={520}
      title={
        target?.mode === 'edit'
          ? t('orgUnits.form.editTitle', { name: target.unit.name })
          : t('orgUnits.form.createTitle')
      }
    >
      {target?.mode === 'create' && <CreateOrgUnitForm defaultKind={target.defaultKind} onDone={onClose} />}
      {target?.mode === 'edit' && (
        <>
          <EditOrgUnitForm key={target.unit.id} unit={target.unit} onDone={onClose} />
          {can('audit-events:read') && (
            <>
              <Divider />
              <Typography.Title level={5}>{t('orgUnits.history')}</Typography.Title>
              <RecordHistory entityType="org_unit" entityId={target.unit.id} />
            </>
          )}
        </>
      )}
    </Drawer>
  );
}
