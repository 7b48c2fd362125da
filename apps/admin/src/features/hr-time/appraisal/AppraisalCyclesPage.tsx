import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Flex, Select, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { appraisalCyclePath } from '../../../app/paths';
import { usePermissions } from '../../../auth/use-session';
import { useCursorPages } from '../../../shared/pagination/use-cursor-pages';
import { CreateButton } from '../../../shared/ui/CreateButton';
import { CursorTable } from '../../../shared/ui/CursorTable';
import { FilterBar } from '../../../shared/ui/FilterBar';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { optionalEnumParam, type UrlStateSpec } from '../../../shared/url-state/url-state';
import { useUrlState } from '../../../shared/url-state/use-url-state';
import { CYCLE_STATUSES, cyclesQuery, type Cycle, type CycleStatus } from './appraisal.api';
import { CreateCycleModal } from './CreateCycleModal';
import { CycleStatusTag } from './CycleStatusTag';

export const cycleListSpec: UrlStateSpec<{ status: CycleStatus | undefined }> = {
  status: optionalEnumParam(CYCLE_STATUSES),
};

/** 绩效考核: appraisal cycles, newest first; open one to follow its scores and calibrate. */
export function AppraisalCyclesPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const navigate = useNavigate();
  const [state, setState] = useUrlState(cycleListSpec);
  const [creating, setCreating] = useState(false);
  const pages = useCursorPages(state.status ?? '');
  const list = useQuery({
    ...cyclesQuery({
      status: state.status,
      limit: 50,
      cursor: pages.cursor,
      count: !pages.cursor || undefined,
    }),
    placeholderData: keepPreviousData,
  });
  const create = can('appraisals:write')
    ? { label: t('hrTime.appraisal.create'), onClick: () => setCreating(true) }
    : undefined;
  const clear = () => setState({ status: undefined });
  const columns: TableProps<Cycle>['columns'] = [
    {
      key: 'number',
      title: t('hrTime.common.number'),
      render: (_, c) => <Link to={appraisalCyclePath(c.id)}>{c.number}</Link>,
    },
    { key: 'name', title: t('hrTime.appraisal.name'), render: (_, c) => c.name },
    {
      key: 'period',
      title: t('hrTime.appraisal.period'),
      render: (_, c) => `${c.periodStart} ~ ${c.periodEnd}`,
    },
    {
      key: 'status',
      title: t('hrTime.common.status'),
      render: (_, c) => <CycleStatusTag status={c.status} />,
    },
  ];
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('hrTime.appraisal.title')}
        subtitle={t('hrTime.appraisal.subtitle')}
        extra={<CreateButton create={create} />}
      />
      <FilterBar filtered={!!state.status} onClear={clear}>
        <Select
          aria-label={t('hrTime.common.status')}
          placeholder={t('hrTime.common.anyStatus')}
          allowClear
          value={state.status}
          onChange={(status) => setState({ status })}
          options={CYCLE_STATUSES.map((s) => ({ value: s, label: t(`hrTime.appraisal.statuses.${s}`) }))}
          style={{ width: 140 }}
        />
      </FilterBar>
      <CursorTable<Cycle>
        list={list}
        pages={pages}
        total={list.data?.total}
        pageSize={50}
        onPageSizeChange={() => undefined}
        columns={columns}
        testId="appraisal-cycles-table"
        empty={{
          noneText: t('hrTime.appraisal.empty'),
          filtered: state.status ? { text: t('hrTime.common.emptyFiltered'), onClear: clear } : undefined,
          create,
        }}
      />
      {creating && (
        <CreateCycleModal
          onClose={() => setCreating(false)}
          onCreated={(cycle) => void navigate(appraisalCyclePath(cycle.id))}
        />
      )}
    </Flex>
  );
}
