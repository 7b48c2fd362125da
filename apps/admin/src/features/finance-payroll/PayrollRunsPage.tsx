import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Flex, Select, Space, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { PATHS, payrollRunPath } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import '../../shared/format/dayjs-locales';
import { formatMoney } from '../../shared/money/money';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CreateButton } from '../../shared/ui/CreateButton';
import { CursorTable } from '../../shared/ui/CursorTable';
import { FilterBar } from '../../shared/ui/FilterBar';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { OrgUnitName } from '../org-units/OrgUnitName';
import { NewRunModal } from './NewRunModal';
import { RUN_STATUSES, runListQuery, type PayrollRun } from './payroll.api';
import { isRunListFiltered, NO_RUN_FILTERS, runListSpec, toRunQuery } from './payroll-list-state';
import { RunStatusTag } from './RunStatusTag';

/** 工资表 → the monthly payroll runs, newest first; month and status kept in the URL. */
export function PayrollRunsPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [state, setState] = useUrlState(runListSpec);
  const pages = useCursorPages(JSON.stringify(state));
  const list = useQuery({
    ...runListQuery(toRunQuery(state, pages.cursor)),
    placeholderData: keepPreviousData,
  });
  const firstPage = useQuery({ ...runListQuery(toRunQuery(state, undefined)), enabled: false });
  const filtered = isRunListFiltered(state);
  const clear = () => setState(NO_RUN_FILTERS);
  const create = can('payroll-runs:write')
    ? { label: t('financePayroll.list.create'), onClick: () => setCreating(true) }
    : undefined;

  const columns: TableProps<PayrollRun>['columns'] = [
    {
      key: 'number',
      title: t('financePayroll.fields.number'),
      render: (_, r) => <Link to={payrollRunPath(r.id)}>{r.number}</Link>,
    },
    { key: 'month', title: t('financePayroll.fields.month'), render: (_, r) => r.month },
    {
      key: 'unit',
      title: t('financePayroll.fields.orgUnit'),
      render: (_, r) => <OrgUnitName id={r.orgUnitId} />,
    },
    {
      key: 'employees',
      title: t('financePayroll.fields.employees'),
      align: 'right',
      render: (_, r) => r.employees,
    },
    {
      key: 'gross',
      title: t('financePayroll.fields.grossTotal'),
      align: 'right',
      render: (_, r) => formatMoney(r.grossTotal),
    },
    {
      key: 'net',
      title: t('financePayroll.fields.netTotal'),
      align: 'right',
      render: (_, r) => formatMoney(r.netTotal),
    },
    {
      key: 'status',
      title: t('financePayroll.fields.status'),
      render: (_, r) => <RunStatusTag status={r.status} />,
    },
  ];

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('financePayroll.list.title')}
        subtitle={t('financePayroll.list.subtitle')}
        extra={
          <Space>
            {can('salary-structures:read') && (
              <Link to={PATHS.payrollSetup}>
                <Button>{t('financePayroll.list.setup')}</Button>
              </Link>
            )}
            <CreateButton create={create} />
          </Space>
        }
      />
      <FilterBar filtered={filtered} onClear={clear}>
        <DatePicker
          picker="month"
          aria-label={t('financePayroll.fields.month')}
          placeholder={t('financePayroll.list.anyMonth')}
          value={state.month ? dayjs(`${state.month}-01`) : null}
          onChange={(month) => setState({ month: month?.format('YYYY-MM') })}
        />
        <Select
          aria-label={t('financePayroll.fields.status')}
          placeholder={t('financePayroll.list.anyStatus')}
          allowClear
          value={state.status}
          onChange={(status) => setState({ status })}
          options={RUN_STATUSES.map((status) => ({
            value: status,
            label: t(`financePayroll.statuses.${status}`),
          }))}
          style={{ width: 140 }}
        />
      </FilterBar>
      <CursorTable<PayrollRun>
        list={list}
        pages={pages}
        total={firstPage.data?.total}
        pageSize={state.limit}
        onPageSizeChange={(limit) => setState({ limit })}
        columns={columns}
        testId="payroll-runs-table"
        empty={{
          noneText: t('financePayroll.list.empty'),
          filtered: filtered ? { text: t('financePayroll.list.emptyFiltered'), onClear: clear } : undefined,
          create,
        }}
      />
      <NewRunModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(run) => {
          setCreating(false);
          void navigate(payrollRunPath(run.id));
        }}
      />
    </Flex>
  );
}
