import { Button, DatePicker, Flex, Select, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import '../../shared/format/dayjs-locales';
import { SearchBox } from '../../shared/ui/SearchBox';
import { UserSelect } from '../users/UserSelect';
import { KNOWN_ENTITY_TYPES, NO_AUDIT_FILTERS, type AuditListState } from './audit-list-state';
import { entityTypeLabel } from './entity-type-label';

const dayOf = (date: string | undefined) => (date ? dayjs(date) : null);
const dateOf = (day: Dayjs | null | undefined) => day?.format('YYYY-MM-DD');

interface AuditFiltersProps {
  state: AuditListState;
  filtered: boolean;
  onChange(changes: Partial<AuditListState>): void;
}

export function AuditFilters({ state, filtered, onChange }: AuditFiltersProps) {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const types: string[] = [...KNOWN_ENTITY_TYPES];
  if (state.entityType && !types.includes(state.entityType)) types.push(state.entityType);
  return (
    <Flex gap="small" wrap role="search">
      <Select
        aria-label={t('auditLog.filters.entityType')}
        placeholder={t('auditLog.filters.anyEntityType')}
        allowClear
        value={state.entityType}
        onChange={(entityType) => onChange({ entityType })}
        options={types.map((type) => ({ value: type, label: entityTypeLabel(t, i18n, type) }))}
        style={{ width: 150 }}
      />
      <SearchBox
        value={state.entityId}
        label={t('auditLog.filters.entityId')}
        onSearch={(entityId) => onChange({ entityId })}
        style={{ width: 240 }}
      />
      {can('users:read') ? (
        <UserSelect
          aria-label={t('auditLog.filters.actor')}
          placeholder={t('auditLog.filters.anyActor')}
          value={state.actorId}
          onChange={(actorId) => onChange({ actorId })}
          style={{ width: 220 }}
        />
      ) : (
        state.actorId && (
          <Tag closable onClose={() => onChange({ actorId: undefined })} style={{ alignSelf: 'center' }}>
            {t('auditLog.filters.actor')}: {state.actorId.slice(0, 8)}
          </Tag>
        )
      )}
      {/* Either end may stay open: "since the 1st", "up to yesterday". */}
      <DatePicker.RangePicker
        aria-label={t('auditLog.filters.dateRange')}
        placeholder={[t('auditLog.filters.from'), t('auditLog.filters.to')]}
        allowEmpty={[true, true]}
        value={[dayOf(state.from), dayOf(state.to)]}
        onChange={(days) => onChange({ from: dateOf(days?.[0]), to: dateOf(days?.[1]) })}
        style={{ width: 260 }}
      />
      {filtered && (
        <Button type="link" onClick={() => onChange(NO_AUDIT_FILTERS)}>
          {t('common.clearFilters')}
        </Button>
      )}
    </Flex>
  );
}
