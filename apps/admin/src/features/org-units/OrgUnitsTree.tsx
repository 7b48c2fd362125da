import { useQuery } from '@tanstack/react-query';
import { Empty, Flex, Spin, Tag, Tree, Typography, type TreeDataNode } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { KIND_COLORS } from './org-unit-kind-colors';
import { buildOrgUnitTree, type OrgUnitTreeNode } from './org-unit-tree';
import { allOrgUnitsQuery, type OrgUnit } from './org-units.api';

interface OrgUnitsTreeProps {
  /** Set with org-units:write: choosing a unit opens it for editing. */
  onEdit?(unit: OrgUnit): void;
}

/** The whole org structure as a tree (every unit at once: there are few), archived units greyed. */
export function OrgUnitsTree({ onEdit }: OrgUnitsTreeProps) {
  const { t } = useTranslation();
  const units = useQuery(allOrgUnitsQuery());
  const byId = useMemo(() => new Map((units.data ?? []).map((unit) => [unit.id, unit])), [units.data]);
  const treeData = useMemo(() => {
    const toNodes = (nodes: OrgUnitTreeNode[]): TreeDataNode[] =>
      nodes.map(({ unit, children }) => ({
        key: unit.id,
        title: (
          <Flex gap="small" align="center" wrap>
            <Typography.Text type={unit.status === 'archived' ? 'secondary' : undefined}>
              {unit.name}
            </Typography.Text>
            <Typography.Text type="secondary" code>
              {unit.code}
            </Typography.Text>
            <Tag color={KIND_COLORS[unit.kind]} style={{ marginInlineEnd: 0 }}>
              {t(`orgUnits.kinds.${unit.kind}`)}
            </Tag>
            {unit.status === 'archived' && (
              <Tag style={{ marginInlineEnd: 0 }}>{t('orgUnits.statuses.archived')}</Tag>
            )}
          </Flex>
        ),
        children: toNodes(children),
      }));
    return toNodes(buildOrgUnitTree(units.data ?? []));
  }, [units.data, t]);

  if (units.isPending) return <Spin />;
  if (units.isError) return <QueryProblem error={units.error} onRetry={() => void units.refetch()} />;
  if (treeData.length === 0) return <Empty description={t('orgUnits.tree.empty')} />;
  return (
    <Flex vertical gap="small">
      {onEdit && <Typography.Text type="secondary">{t('orgUnits.tree.hint')}</Typography.Text>}
      <Tree
        treeData={treeData}
        defaultExpandAll
        showLine
        blockNode
        selectable={!!onEdit}
        selectedKeys={[]}
        onSelect={(_keys, { node }) => {
          const unit = byId.get(String(node.key));
          if (unit && onEdit) onEdit(unit);
        }}
      />
    </Flex>
  );
}
