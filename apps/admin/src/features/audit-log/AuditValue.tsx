import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/date-time';
import { OrgUnitName } from '../org-units/OrgUnitName';
import { useRoleNames } from '../roles/use-role-names';
import { formatAuditValue, isTimestampField, parseRecordedRole } from './audit-changes';

/** Fields that hold an org unit's id: shown by the unit's name. */
const ORG_UNIT_FIELDS = new Set(['parentId', 'orgUnitId']);

/** One recorded value, in the form a person reads it: names instead of ids, local times, translated states. */
export function AuditValue({ field, value }: { field: string; value: unknown }) {
  const { t, i18n } = useTranslation();
  const { nameOf } = useRoleNames();
  const text = formatAuditValue(value);
  if (text === '' || (Array.isArray(value) && value.length === 0)) {
    return <Typography.Text type="secondary">{t('auditLog.emptyValue')}</Typography.Text>;
  }
  if (ORG_UNIT_FIELDS.has(field) && typeof value === 'string') return <OrgUnitName id={value} />;
  if (field === 'roles' && Array.isArray(value)) {
    return (
      <>
        {value.map(String).map((recorded, index) => {
          const { role, orgUnitId } = parseRecordedRole(recorded);
          return (
            <span key={recorded}>
              {index > 0 && '、'}
              {nameOf(role)} · <OrgUnitName id={orgUnitId} noneText={t('common.wholeCompany')} />
            </span>
          );
        })}
      </>
    );
  }
  if (isTimestampField(field, value)) return <>{formatDateTime(value, i18n.language)}</>;
  if (field === 'status' && i18n.exists(`auditLog.statusValues.${text}`)) {
    return <>{t(`auditLog.statusValues.${text as 'active'}`)}</>;
  }
  if (field === 'kind' && i18n.exists(`orgUnits.kinds.${text}`)) {
    return <>{t(`orgUnits.kinds.${text as 'city'}`)}</>;
  }
  return <>{text}</>;
}
