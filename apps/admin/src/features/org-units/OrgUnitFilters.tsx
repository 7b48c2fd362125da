import { Button, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { SearchBox } from '../../shared/ui/SearchBox';
import type { OrgUnitListState } from './org-unit-list-state';
import { ORG_UNIT_KINDS, ORG_UNIT_STATUSES } from './org-unit-rules';

interface OrgUnitFiltersProps {
  state: OrgUnitListState;
  filtered: boolean;
  onChange(changes: Partial<OrgUnitListState>): void;
}

export function OrgUnitFilters({ state, filtered, onChange }: OrgUnitFiltersProps) {
  const { t } = useTranslation();

  return (
    <Flex gap="small" wrap role="search">
      <Select
        aria-label={t('orgUnits.filters.kind')}
        data-testid="filter-kind"
        placeholder={t('orgUnits.filters.anyKind')}
        allowClear
        value={state.kind}
        onChange={(kind) => onChange({ kind })}
        options={ORG_UNIT_KINDS.map((kind) => ({ value: kind, label: t(`orgUnits.kinds.${kind}`) }))}
        style={{ width: 150 }}
      />
      <Select
        aria-label={t('orgUnits.filters.status')}
        data-testid="filter-status"
        placeholder={t('orgUnits.filters.anyStatus')}
        allowClear
        value={state.status}
        onChange={(status) => onChange({ status })}
        options={ORG_UNIT_STATUSES.map((status) => ({
          value: status,
          label: t(`orgUnits.statuses.${status}`),
        }))}
        style={{ width: 150 }}
      />
      <SearchBox value={state.q} label={t('orgUnits.filters.search')} onSearch={(q) => onChange({ q })} />
      {filtered && (
        <Button type="link" onClick={() => onChange({ kind: undefined, status: undefined, q: '' })}>
          {t('common.clearFilters')}
        </Button>
      )}
    </Flex>
  );
}
