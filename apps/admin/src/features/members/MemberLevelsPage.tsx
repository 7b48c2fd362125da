import { useQuery } from '@tanstack/react-query';
import { App, Button, Flex, Popconfirm, Table, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PATHS } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { formatBasisPoints, formatMoney } from '../../shared/money/money';
import { CreateButton } from '../../shared/ui/CreateButton';
import { PageHeader } from '../../shared/ui/PageHeader';
import { problemMessage } from '../../shared/ui/problem-text';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { MemberLevelModal } from './MemberLevelModal';
import { memberLevelsQuery, type MemberLevel } from './members.api';
import { useRecomputeMemberLevels } from './use-member-level-mutations';

/** 会员等级: the levels, from which 12-month spend each applies and its rebate; sales managers change them. */
export function MemberLevelsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const levels = useQuery(memberLevelsQuery());
  const recompute = useRecomputeMemberLevels();
  const [editing, setEditing] = useState<{ level: MemberLevel | undefined }>();
  const mayWrite = can('member-levels:write');
  const create = mayWrite
    ? { label: t('members.levels.create'), onClick: () => setEditing({ level: undefined }) }
    : undefined;

  const columns: TableProps<MemberLevel>['columns'] = [
    { key: 'nameZh', title: t('members.levels.nameZh'), render: (_, l) => l.nameZh },
    { key: 'nameEn', title: t('members.levels.nameEn'), render: (_, l) => l.nameEn },
    {
      key: 'threshold',
      title: t('members.levels.threshold'),
      align: 'right',
      render: (_, l) => formatMoney(l.thresholdAmount),
    },
    {
      key: 'rebate',
      title: t('members.levels.rebate'),
      align: 'right',
      render: (_, l) => formatBasisPoints(l.rebateBps),
    },
    ...(mayWrite
      ? [
          {
            key: 'edit',
            title: '',
            render: (_: unknown, l: MemberLevel) => (
              <Button type="link" onClick={() => setEditing({ level: l })}>
                {t('members.levels.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  if (levels.isError) return <QueryProblem error={levels.error} onRetry={() => void levels.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <Link to={PATHS.members}>{t('members.levels.backToMembers')}</Link>
      <PageHeader
        title={t('members.levels.title')}
        subtitle={t('members.levels.subtitle')}
        extra={
          <Flex gap="small">
            {mayWrite && (
              <Popconfirm
                title={t('members.levels.recomputeConfirm')}
                okText={t('members.levels.recompute')}
                cancelText={t('common.cancel')}
                onConfirm={() =>
                  recompute.mutate(undefined, {
                    onSuccess: (result) => void message.success(t('members.levels.recomputed', result)),
                    onError: (error) => void message.error(problemMessage(t, error)),
                  })
                }
              >
                <Button loading={recompute.isPending}>{t('members.levels.recompute')}</Button>
              </Popconfirm>
            )}
            <CreateButton create={create} />
          </Flex>
        }
      />
      <Table<MemberLevel>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={levels.data?.data ?? []}
        loading={levels.isPending}
        pagination={false}
        data-testid="member-levels-table"
        locale={{ emptyText: t('members.levels.empty') }}
      />
      <MemberLevelModal
        // A fresh form per level: its initial values are the level's.
        key={editing?.level?.id ?? 'new'}
        level={editing?.level}
        open={!!editing}
        onClose={() => setEditing(undefined)}
      />
    </Flex>
  );
}
