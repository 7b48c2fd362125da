import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Flex, Select, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { employeePath } from '../../app/paths';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CursorTable } from '../../shared/ui/CursorTable';
import { FilterBar } from '../../shared/ui/FilterBar';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { SearchBox } from '../../shared/ui/SearchBox';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { unitPositionsQuery } from '../hr-organisation/organisation.api';
import { UnitSelect, useUnitNames } from '../hr-organisation/UnitSelect';
import { employeeListSpec, isFiltered, NO_FILTERS, toEmployeeQuery } from './employee-list-state';
import { EMPLOYEE_STATUSES, employeeListQuery, type EmployeeSummary } from './employees.api';
import { EmployeeStatusTag } from './EmployeeStatusTag';

/** 员工档案 → Employees by number; unit (with the units below it), status, position and a search in the URL. */
export function EmployeesPage() {
  const { t } = useTranslation();
  const [state, setState] = useUrlState(employeeListSpec);
  const pages = useCursorPages(JSON.stringify(state));
  const list = useQuery({
    ...employeeListQuery(toEmployeeQuery(state, pages.cursor)),
    placeholderData: keepPreviousData,
  });
  const firstPage = useQuery({ ...employeeListQuery(toEmployeeQuery(state, undefined)), enabled: false });
  // Positions belong to a unit: the position filter offers the chosen unit's.
  const positions = useQuery({ ...unitPositionsQuery(state.unitId ?? ''), enabled: !!state.unitId });
  const unitName = useUnitNames();
  const filtered = isFiltered(state);
  const clear = () => setState(NO_FILTERS);

  const columns: TableProps<EmployeeSummary>['columns'] = [
    {
      key: 'number',
      title: t('hrPeople.employee.number'),
      render: (_, e) => <Link to={employeePath(e.id)}>{e.number}</Link>,
    },
    { key: 'name', title: t('hrPeople.employee.name'), render: (_, e) => e.name },
    {
      key: 'status',
      title: t('hrPeople.employee.status'),
      render: (_, e) => <EmployeeStatusTag status={e.status} />,
    },
    { key: 'unit', title: t('hrPeople.employee.unit'), render: (_, e) => unitName(e.orgUnitId) ?? '—' },
    { key: 'position', title: t('hrPeople.employee.position'), render: (_, e) => e.positionTitle ?? '—' },
    { key: 'hireDate', title: t('hrPeople.employee.hireDate'), render: (_, e) => e.hireDate },
    {
      key: 'probationEnd',
      title: t('hrPeople.employee.probationEndDate'),
      render: (_, e) => e.probationEndDate ?? '—',
    },
  ];

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <PageHeader title={t('hrPeople.employees.title')} subtitle={t('hrPeople.employees.subtitle')} />
      <FilterBar filtered={filtered} onClear={clear}>
        <SearchBox
          label={t('hrPeople.employees.search')}
          value={state.q}
          onSearch={(q) => setState({ q })}
          style={{ width: 220 }}
        />
        <UnitSelect
          aria-label={t('hrPeople.employee.unit')}
          placeholder={t('hrPeople.employees.anyUnit')}
          allowClear
          value={state.unitId}
          onChange={(unitId) => setState({ unitId, positionId: undefined })}
          style={{ width: 200 }}
        />
        <Select
          aria-label={t('hrPeople.employee.position')}
          placeholder={state.unitId ? t('hrPeople.employees.anyPosition') : t('hrPeople.employees.unitFirst')}
          disabled={!state.unitId}
          allowClear
          value={state.positionId}
          onChange={(positionId) => setState({ positionId })}
          options={(positions.data?.data ?? []).map((p) => ({ value: p.id, label: p.title }))}
          style={{ width: 160 }}
        />
        <Select
          aria-label={t('hrPeople.employee.status')}
          placeholder={t('hrPeople.employees.anyStatus')}
          allowClear
          value={state.status}
          onChange={(status) => setState({ status })}
          options={EMPLOYEE_STATUSES.map((status) => ({
            value: status,
            label: t(`hrPeople.employee.statuses.${status}`),
          }))}
          style={{ width: 120 }}
        />
      </FilterBar>
      <CursorTable<EmployeeSummary>
        list={list}
        pages={pages}
        total={firstPage.data?.total}
        pageSize={state.limit}
        onPageSizeChange={(limit) => setState({ limit })}
        columns={columns}
        testId="employees-table"
        empty={{
          noneText: t('hrPeople.employees.empty'),
          filtered: filtered ? { text: t('hrPeople.employees.emptyFiltered'), onClear: clear } : undefined,
        }}
      />
    </Flex>
  );
}
