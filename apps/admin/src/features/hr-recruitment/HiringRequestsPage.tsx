import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Flex, Select, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { hiringRequestPath } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { formatDateTime } from '../../shared/format/date-time';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CreateButton } from '../../shared/ui/CreateButton';
import { CursorTable } from '../../shared/ui/CursorTable';
import { FilterBar } from '../../shared/ui/FilterBar';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { periodChoices } from '../hr-organisation/org-chart-state';
import { organisationKeys, thisPlanYear } from '../hr-organisation/organisation.api';
import { useUnitNames } from '../hr-organisation/UnitSelect';
import {
  hiringRequestListSpec,
  isFiltered,
  NO_FILTERS,
  toHiringRequestQuery,
} from './hiring-request-list-state';
import { HiringRequestModal } from './HiringRequestModal';
import { HiringRequestStatusTag } from './HiringRequestStatusTag';
import {
  HIRING_REQUEST_STATUSES,
  hiringRequestListQuery,
  recruitmentKeys,
  type HiringRequest,
} from './recruitment.api';

/** 招聘 → hiring requests, newest first, with their approval status; a new request is checked against the plan. */
export function HiringRequestsPage() {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [state, setState] = useUrlState(hiringRequestListSpec);
  const pages = useCursorPages(JSON.stringify(state));
  const list = useQuery({
    ...hiringRequestListQuery(toHiringRequestQuery(state, pages.cursor)),
    placeholderData: keepPreviousData,
  });
  const firstPage = useQuery({
    ...hiringRequestListQuery(toHiringRequestQuery(state, undefined)),
    enabled: false,
  });
  const unitName = useUnitNames();
  const [creating, setCreating] = useState(false);
  const filtered = isFiltered(state);
  const clear = () => setState(NO_FILTERS);
  const create = can('hiring-requests:write')
    ? { label: t('hrPeople.hiring.create'), onClick: () => setCreating(true) }
    : undefined;

  const columns: TableProps<HiringRequest>['columns'] = [
    {
      key: 'number',
      title: t('hrPeople.hiring.number'),
      render: (_, r) => <Link to={hiringRequestPath(r.id)}>{r.number}</Link>,
    },
    { key: 'unit', title: t('hrPeople.employee.unit'), render: (_, r) => unitName(r.orgUnitId) ?? '—' },
    { key: 'position', title: t('hrPeople.employee.position'), render: (_, r) => r.positionTitle },
    {
      key: 'headcount',
      title: t('hrPeople.hiring.hiredOfHeadcount'),
      align: 'right',
      render: (_, r) => `${r.hired} / ${r.headcount}`,
    },
    { key: 'period', title: t('hrPeople.hiring.period'), render: (_, r) => r.period },
    {
      key: 'status',
      title: t('hrPeople.hiring.status'),
      render: (_, r) => <HiringRequestStatusTag status={r.status} />,
    },
    {
      key: 'createdAt',
      title: t('hrPeople.hiring.createdAt'),
      render: (_, r) => formatDateTime(String(r.createdAt), i18n.language),
    },
  ];

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('hrPeople.hiring.title')}
        subtitle={t('hrPeople.hiring.subtitle')}
        extra={<CreateButton create={create} />}
      />
      <FilterBar filtered={filtered} onClear={clear}>
        <Select
          aria-label={t('hrPeople.hiring.status')}
          placeholder={t('hrPeople.hiring.anyStatus')}
          allowClear
          value={state.status}
          onChange={(status) => setState({ status })}
          options={HIRING_REQUEST_STATUSES.map((status) => ({
            value: status,
            label: t(`hrPeople.hiring.statuses.${status}`),
          }))}
          style={{ width: 140 }}
        />
        <Select
          aria-label={t('hrPeople.hiring.period')}
          placeholder={t('hrPeople.hiring.anyPeriod')}
          allowClear
          value={state.period}
          onChange={(period) => setState({ period })}
          options={periodChoices(thisPlanYear()).map((year) => ({ value: year, label: year }))}
          style={{ width: 120 }}
        />
      </FilterBar>
      <CursorTable<HiringRequest>
        list={list}
        pages={pages}
        total={firstPage.data?.total}
        pageSize={state.limit}
        onPageSizeChange={(limit) => setState({ limit })}
        columns={columns}
        testId="hiring-requests-table"
        empty={{
          noneText: t('hrPeople.hiring.empty'),
          filtered: filtered ? { text: t('hrPeople.hiring.emptyFiltered'), onClear: clear } : undefined,
          create,
        }}
      />
      <HiringRequestModal
        open={creating}
        onClose={() => setCreating(false)}
        onDone={(request) => {
          void queryClient.invalidateQueries({ queryKey: recruitmentKeys.all });
          void queryClient.invalidateQueries({ queryKey: organisationKeys.all });
          void navigate(hiringRequestPath(request.id));
        }}
      />
    </Flex>
  );
}
