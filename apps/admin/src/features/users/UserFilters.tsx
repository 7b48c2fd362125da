import { Button, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { SearchBox } from '../../shared/ui/SearchBox';
import { OrgUnitTreeSelect } from '../org-units/OrgUnitTreeSelect';
import { useRoleNames } from '../roles/use-role-names';
import { NO_USER_FILTERS, USER_STATUSES, type UserListState } from './user-list-state';

interface UserFiltersProps {
  state: UserListState;
  filtered: boolean;
  onChange(changes: Partial<UserListState>): void;
}

export function UserFilters({ state, filtered, onChange }: UserFiltersProps) {
  const { t } = useTranslation();
  const { options: roleOptions } = useRoleNames();
  return (
    <Flex gap="small" wrap role="search">
      <Select
        aria-label={t('users.filters.status')}
        placeholder={t('users.filters.anyStatus')}
        allowClear
        value={state.status}
        onChange={(status) => onChange({ status })}
        options={USER_STATUSES.map((status) => ({ value: status, label: t(`users.statuses.${status}`) }))}
        style={{ width: 140 }}
      />
      <Select
        aria-label={t('users.filters.role')}
        placeholder={t('users.filters.anyRole')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        value={state.role}
        onChange={(role) => onChange({ role })}
        options={roleOptions}
        style={{ width: 180 }}
      />
      <OrgUnitTreeSelect
        aria-label={t('users.filters.orgUnit')}
        placeholder={t('users.filters.anyOrgUnit')}
        allowClear
        value={state.orgUnitId}
        onChange={(orgUnitId) => onChange({ orgUnitId })}
        style={{ width: 200 }}
      />
      <SearchBox
        value={state.q}
        label={t('users.filters.search')}
        onSearch={(q) => onChange({ q })}
        style={{ width: 280 }}
      />
      {filtered && (
        <Button type="link" onClick={() => onChange(NO_USER_FILTERS)}>
          {t('common.clearFilters')}
        </Button>
      )}
    </Flex>
  );
}
