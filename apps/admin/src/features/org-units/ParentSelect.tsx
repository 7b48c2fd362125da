import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { useDebouncedValue } from '../../shared/use-debounced-value';
import { orgUnitListQuery, orgUnitQuery, type OrgUnit, type OrgUnitKind } from './org-units.api';
import { allowedParentKinds } from './org-unit-rules';

const CANDIDATES_PER_KIND = 50;

interface ParentSelectProps {
  /** The kind of the unit that gets the parent: only kinds it may sit under are offered. */
  childKind: OrgUnitKind | undefined;
  /** The unit being edited, which cannot be its own parent. */
  excludeId?: string;
  autoFocus?: boolean;
  // Injected by Form.Item:
  id?: string;
  value?: string;
  onChange?(value: string | undefined): void;
}

/** Picks an active unit of an allowed kind, searching the API by name or code as the user types. */
export function ParentSelect({ childKind, excludeId, autoFocus, id, value, onChange }: ParentSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 250) || undefined;
  const kinds = childKind ? allowedParentKinds(childKind) : [];
  const candidates = useQueries({
    queries: kinds.map((kind) => ({
      ...orgUnitListQuery({ kind, status: 'active', q, sort: 'name', limit: CANDIDATES_PER_KIND }),
      placeholderData: keepPreviousData,
    })),
  });
  // The chosen parent may be beyond the first candidates; fetch it so its name shows rather than an id.
  const chosen = useQuery({ ...orgUnitQuery(value ?? ''), enabled: !!value });

  const units = new Map<string, OrgUnit>();
  for (const unit of candidates.flatMap((result) => result.data?.data ?? [])) units.set(unit.id, unit);
  if (chosen.data && !units.has(chosen.data.id)) units.set(chosen.data.id, chosen.data);
  units.delete(excludeId ?? '');

  const loading = candidates.some((result) => result.isFetching);
  const failure = candidates.find((result) => result.isError)?.error;

  return (
    <Select
      id={id}
      autoFocus={autoFocus}
      value={value}
      onChange={onChange}
      disabled={!childKind}
      placeholder={t('orgUnits.form.parentPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={loading}
      notFoundContent={
        loading ? <Spin size="small" /> : failure ? <ProblemAlert error={failure} /> : undefined
      }
      options={[...units.values()].map((unit) => ({
        value: unit.id,
        label: `${unit.name} · ${unit.code}`,
      }))}
    />
  );
}
