import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, Flex, Row, Select, Space, Tag, Tree, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { orgChartSpec, periodChoices } from './org-chart-state';
import { buildChartTree, type ChartNode } from './org-chart-tree';
import { orgChartQuery, thisPlanYear } from './organisation.api';
import { UnitPositions } from './UnitPositions';

interface TreeItem {
  key: string;
  title: React.ReactNode;
  children: TreeItem[];
}

/** 组织架构图: the org-unit tree with each unit's headcount plan; the chosen unit's positions on the right. */
export function OrgChartPage() {
  const { t } = useTranslation();
  const [state, setState] = useUrlState(orgChartSpec);
  const current = thisPlanYear();
  const period = state.period ?? current;
  const chart = useQuery(orgChartQuery(period));
  const roots = useMemo(() => buildChartTree(chart.data?.units ?? []), [chart.data]);

  const toItem = (node: ChartNode): TreeItem => ({
    key: node.unit.id,
    title: (
      <Space size="small" data-testid={`org-unit-${node.unit.code}`}>
        <span>{node.unit.name}</span>
        <Tag>{t('hrPeople.org.figures', { planned: node.planned, filled: node.filled })}</Tag>
        {node.open > 0 && <Tag color="blue">{t('hrPeople.org.openFigure', { open: node.open })}</Tag>}
        {node.filled > node.planned && <Tag color="red">{t('hrPeople.org.over')}</Tag>}
      </Space>
    ),
    children: node.children.map(toItem),
  });
  const selected = chart.data?.units.find((u) => u.id === state.unitId);

  if (chart.isError && !chart.data)
    return <QueryProblem error={chart.error} onRetry={() => void chart.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('hrPeople.org.title')}
        subtitle={t('hrPeople.org.subtitle')}
        extra={
          <Select
            aria-label={t('hrPeople.org.period')}
            value={period}
            onChange={(value) => setState({ period: value === current ? undefined : value })}
            options={periodChoices(current).map((year) => ({
              value: year,
              label: t('hrPeople.org.periodOption', { year }),
            }))}
            style={{ width: 120 }}
          />
        }
      />
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <Card title={t('hrPeople.org.tree')} size="small" loading={chart.isPending}>
            {roots.length === 0 ? (
              <Empty description={t('hrPeople.org.noUnits')} />
            ) : (
              <Tree<TreeItem>
                blockNode
                defaultExpandAll
                showLine
                treeData={roots.map(toItem)}
                selectedKeys={state.unitId ? [state.unitId] : []}
                onSelect={(keys) => setState({ unitId: keys[0] ? String(keys[0]) : undefined })}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          {selected ? (
            <UnitPositions unit={selected} period={period} />
          ) : (
            <Card size="small">
              <Empty description={<Typography.Text>{t('hrPeople.org.pickUnit')}</Typography.Text>} />
            </Card>
          )}
        </Col>
      </Row>
    </Flex>
  );
}
