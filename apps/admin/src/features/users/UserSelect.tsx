import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { useState, type CSSProperties } from 'react';
import { useDebouncedValue } from '../../shared/use-debounced-value';
import { userListQuery, userQuery } from './users.api';

interface UserSelectProps {
  placeholder?: string;
  style?: CSSProperties;
  'aria-label'?: string;
  value?: string;
  onChange?(value: string | undefined): void;
}

const CANDIDATES = 20;

/** Picks a user by typing part of their username or name (searched on the API, not in the page). */
export function UserSelect({ value, onChange, ...props }: UserSelectProps) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 250) || undefined;
  const candidates = useQuery({
    ...userListQuery({ q, limit: CANDIDATES, sort: 'username' }),
    placeholderData: keepPreviousData,
  });
  // The chosen one may not be among the candidates; fetch it so its name shows rather than an id.
  const chosen = useQuery({ ...userQuery(value ?? ''), enabled: !!value, retry: false });

  const options = (candidates.data?.data ?? []).map((user) => ({
    value: user.id,
    label: `${user.displayName} (${user.username})`,
  }));
  if (value && !options.some((option) => option.value === value)) {
    options.unshift({
      value,
      label: chosen.data ? `${chosen.data.displayName} (${chosen.data.username})` : value,
    });
  }

  return (
    <Select
      {...props}
      allowClear
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={candidates.isFetching}
      notFoundContent={candidates.isFetching ? <Spin size="small" /> : undefined}
      options={options}
      popupMatchSelectWidth={false}
    />
  );
}
