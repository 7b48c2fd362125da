import { useQuery } from '@tanstack/react-query';
import { Spin, Typography } from 'antd';
import { orgUnitQuery } from './org-units.api';

const FIVE_MINUTES = 5 * 60_000;

interface OrgUnitNameProps {
  id: string | null | undefined;
  /** What "no unit" means where it is shown (e.g. "whole company" for a scope); a dash by default. */
  noneText?: string;
}

/** A unit by name. Units are few and shared by many rows, and usually already cached from a list or tree. */
export function OrgUnitName({ id, noneText }: OrgUnitNameProps) {
  const unit = useQuery({ ...orgUnitQuery(id ?? ''), enabled: !!id, staleTime: FIVE_MINUTES });
  if (!id) return <Typography.Text type="secondary">{noneText ?? '—'}</Typography.Text>;
  if (unit.data) return <>{unit.data.name}</>;
  if (unit.isError) return <Typography.Text type="secondary">{id}</Typography.Text>;
  return <Spin size="small" />;
}
