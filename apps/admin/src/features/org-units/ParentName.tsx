import { useQuery } from '@tanstack/react-query';
import { Spin, Typography } from 'antd';
import { orgUnitQuery } from './org-units.api';

const FIVE_MINUTES = 5 * 60_000;

/** A unit's parent by name. Parents are few and shared by many rows, and usually already cached from a list. */
export function ParentName({ parentId }: { parentId: string | null }) {
  const parent = useQuery({
    ...orgUnitQuery(parentId ?? ''),
    enabled: parentId !== null,
    staleTime: FIVE_MINUTES,
  });
  if (parentId === null) return <Typography.Text type="secondary">—</Typography.Text>;
  if (parent.data) return <>{parent.data.name}</>;
  if (parent.isError) return <Typography.Text type="secondary">{parentId}</Typography.Text>;
  return <Spin size="small" />;
}
