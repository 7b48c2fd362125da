import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { DatePicker, Flex, Select, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { personnelActionPath } from '../../../app/paths';
import { usePermissions } from '../../../auth/use-session';
import { useCursorPages } from '../../../shared/pagination/use-cursor-pages';
import { CreateButton } from '../../../shared/ui/CreateButton';
import { CursorTable } from '../../../shared/ui/CursorTable';
import { FilterBar } from '../../../shared/ui/FilterBar';
import { PageHeader } from '../../../shared/ui/PageHeader';
import '../../../shared/format/dayjs-locales';
import {
  DATE_PATTERN,
  matchingParam,
  optionalEnumParam,
  UUID_PATTERN,
  type UrlStateSpec,
} from '../../../shared/url-state/url-state';
import { useUrlState } from '../../../shared/url-state/use-url-state';
import { OrgUnitName } from '../../org-units/OrgUnitName';
import { OrgUnitTreeSelect } from '../../org-units/OrgUnitTreeSelect';
import { EmployeeName } from '../shared/EmployeeName';
import { EmployeeSelect } from '../shared/EmployeeSelect';
import { ActionStatusTag } from './ActionStatusTag';
import {
  ACTION_STATUSES,
  ACTION_TYPES,
  actionListQuery,
  type ActionStatus,
  type ActionType,
  type PersonnelAction,
} from './personnel-actions.api';
import { ProposeActionModal } from './ProposeActionModal';

interface ActionListState {
  type: ActionType | undefined;
  status: ActionStatus | undefined;
  employee: string | undefined;
  /** A unit and the units under it. */
  unit: string | undefined;
  /** Effective-date window, YYYY-MM-DD, both ends included. */
  from: string | undefined;
  to: string | undefined;
}

export const actionListSpec: UrlStateSpec<ActionListState> = {
  type: optionalEnumParam(ACTION_TYPES),
  status: optionalEnumParam(ACTION_STATUSES),
  employee: matchingParam(UUID_PATTERN),
  unit: matchingParam(UUID_PATTERN),
  from: matchingParam(DATE_PATTERN),
  to: matchingParam(DATE_PATTERN),
};

const NO_FILTERS: Partial<ActionListState> = {
  type: undefined,
  status: undefined,
  employee: undefined,
  unit: undefined,
  from: undefined,
  to: undefined,
};

/** 人事异动: proposed and past actions, newest first; type, status and employee kept in the URL. */
export function PersonnelActionsPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const navigate = useNavigate();
  const [state, setState] = useUrlState(actionListSpec);
  const [proposing, setProposing] = useState(false);
  const pages = useCursorPages(JSON.stringify(state));
  const list = useQuery({
    ...actionListQuery({
      type: state.type,
      status: state.status,
      employeeId: state.employee,
      orgUnitId: state.unit,
      effectiveFrom: state.from,
      effectiveTo: state.to,
      limit: 50,
      cursor: pages.cursor,
      count: !pages.cursor || undefined,
    }),
    placeholderData: keepPreviousData,
  });
  const filtered = !!(state.type || state.status || state.employee || state.unit || state.from || state.to);
  const clear = () => setState(NO_FILTERS);
  const create = can('personnel-actions:write')
    ? { label: t('hrTime.actions.propose'), onClick: () => setProposing(true) }
    : undefined;
  const columns: TableProps<PersonnelAction>['columns'] = [
    {
      key: 'number',
      title: t('hrTime.common.number'),
      render: (_, a) => <Link to={personnelActionPath(a.id)}>{a.number}</Link>,
    },
    { key: 'type', title: t('hrTime.actions.type'), render: (_, a) => t(`hrTime.actions.types.${a.type}`) },
    {
      key: 'employee',
      title: t('hrTime.common.employee'),
      render: (_, a) => <EmployeeName id={a.employeeId} />,
    },
    { key: 'unit', title: t('hrTime.actions.unit'), render: (_, a) => <OrgUnitName id={a.orgUnitId} /> },
    { key: 'effectiveOn', title: t('hrTime.actions.effectiveOn'), render: (_, a) => a.effectiveOn },
    {
      key: 'status',
      title: t('hrTime.common.status'),
      render: (_, a) => <ActionStatusTag status={a.status} />,
    },
  ];
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('hrTime.actions.title')}
        subtitle={t('hrTime.actions.subtitle')}
        extra={<CreateButton create={create} />}
      />
      <FilterBar filtered={filtered} onClear={clear}>
        <Select
          aria-label={t('hrTime.actions.type')}
          placeholder={t('hrTime.actions.anyType')}
          allowClear
          value={state.type}
          onChange={(type) => setState({ type })}
          options={ACTION_TYPES.map((a) => ({ value: a, label: t(`hrTime.actions.types.${a}`) }))}
          style={{ width: 140 }}
        />
        <Select
          aria-label={t('hrTime.common.status')}
          placeholder={t('hrTime.common.anyStatus')}
          allowClear
          value={state.status}
          onChange={(status) => setState({ status })}
          options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`hrTime.actions.statuses.${s}`) }))}
          style={{ width: 140 }}
        />
        <EmployeeSelect
          aria-label={t('hrTime.common.employee')}
          value={state.employee}
          onChange={(employee) => setState({ employee })}
          style={{ width: 220 }}
        />
        <OrgUnitTreeSelect
          aria-label={t('hrTime.actions.unit')}
          placeholder={t('hrTime.common.anyUnit')}
          allowClear
          value={state.unit}
          onChange={(unit) => setState({ unit })}
          style={{ width: 200 }}
        />
        <DatePicker.RangePicker
          aria-label={t('hrTime.actions.effectiveOn')}
          placeholder={[t('hrTime.actions.effectiveFrom'), t('hrTime.actions.effectiveTo')]}
          allowEmpty={[true, true]}
          value={[state.from ? dayjs(state.from) : null, state.to ? dayjs(state.to) : null]}
          onChange={(range) =>
            setState({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
          }
        />
      </FilterBar>
      <CursorTable<PersonnelAction>
        list={list}
        pages={pages}
        total={list.data?.total}
        pageSize={50}
        onPageSizeChange={() => undefined}
        columns={columns}
        testId="personnel-actions-table"
        empty={{
          noneText: t('hrTime.actions.empty'),
          filtered: filtered ? { text: t('hrTime.common.emptyFiltered'), onClear: clear } : undefined,
          create,
        }}
      />
      {proposing && (
        <ProposeActionModal
          onClose={() => setProposing(false)}
          onCreated={(action) => void navigate(personnelActionPath(action.id))}
        />
      )}
    </Flex>
  );
}
