import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { formatBasisPoints } from '../../shared/money/money';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CreateButton } from '../../shared/ui/CreateButton';
import { CursorTable } from '../../shared/ui/CursorTable';
import { CommissionPlanModal } from './CommissionPlanModal';
import { sortedTiers } from './commission-tiers';
import { commissionPlansQuery, type CommissionPlan } from './commissions.api';

/** The plans with their tiers; the sales manager adds and changes them. */
export function CommissionPlansCard() {
  const { t } = useTranslation();
  const can = usePermissions();
  const [limit, setLimit] = useState(20);
  const [editing, setEditing] = useState<{ plan?: CommissionPlan }>();
  const pages = useCursorPages(String(limit));
  const query = {
    sort: 'name' as const,
    limit,
    cursor: pages.cursor,
    count: pages.cursor === undefined ? true : undefined,
  };
  const list = useQuery({ ...commissionPlansQuery(query), placeholderData: keepPreviousData });
  const writer = can('commission-plans:write');
  const create = writer
    ? { label: t('salesTargets.commissions.createPlan'), onClick: () => setEditing({}) }
    : undefined;
  const f = (key: string) => t(`salesTargets.planFields.${key as 'code'}`);

  const columns: TableProps<CommissionPlan>['columns'] = [
    { key: 'code', title: f('code'), render: (_, plan) => plan.code },
    { key: 'name', title: f('name'), render: (_, plan) => plan.name },
    {
      key: 'tiers',
      title: f('tiers'),
      render: (_, plan) => (
        <Flex gap={4} wrap>
          {sortedTiers(plan.tiers).map((tier) => (
            <Tag key={tier.fromAttainmentBp}>
              {t('salesTargets.planFields.tier', {
                from: formatBasisPoints(tier.fromAttainmentBp),
                rate: formatBasisPoints(tier.rateBp),
              })}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      key: 'active',
      title: f('active'),
      render: (_, plan) =>
        plan.active ? <Tag color="green">{f('active')}</Tag> : <Tag>{f('inactive')}</Tag>,
    },
    ...(writer
      ? [
          {
            key: 'edit',
            title: '',
            render: (_: unknown, plan: CommissionPlan) => (
              <Button size="small" onClick={() => setEditing({ plan })}>
                {t('salesTargets.commissions.editPlan')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card title={t('salesTargets.commissions.plans')} extra={<CreateButton create={create} />}>
      <CursorTable<CommissionPlan>
        list={list}
        pages={pages}
        total={list.data?.total ?? undefined}
        pageSize={limit}
        onPageSizeChange={setLimit}
        columns={columns}
        testId="commission-plans-table"
        empty={{ noneText: t('salesTargets.commissions.plansEmpty'), create }}
      />
      <CommissionPlanModal open={!!editing} plan={editing?.plan} onClose={() => setEditing(undefined)} />
    </Card>
  );
}
