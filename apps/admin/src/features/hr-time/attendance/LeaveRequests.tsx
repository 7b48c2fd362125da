import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Select, Table, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PATHS } from '../../../app/paths';
import { usePermissions } from '../../../auth/use-session';
import { useCursorPages } from '../../../shared/pagination/use-cursor-pages';
import { CursorTable } from '../../../shared/ui/CursorTable';
import { EmployeeName } from '../shared/EmployeeName';
import { EmployeeSelect } from '../shared/EmployeeSelect';
import { hrTimeProblemMessage } from '../shared/hr-time-problems';
import {
  attendanceKeys,
  balancesQuery,
  cancelLeaveRequest,
  leaveRequestsQuery,
  leaveTypesQuery,
  REQUEST_STATUSES,
  type LeaveBalance,
  type LeaveRequest,
  type RequestStatus,
} from './attendance.api';
import { LeaveRequestModal } from './LeaveRequestModal';
import { RequestStatusTag } from './RequestStatusTag';

const PAGE_SIZE = 50;

interface LeaveRequestsProps {
  employeeId: string | undefined;
  status: RequestStatus | undefined;
  onFilter(changes: { employeeId?: string; status?: RequestStatus }): void;
}

/** 请假: requests (approved in the shared approvals inbox) and, for one employee, the year's balances. */
export function LeaveRequests({ employeeId, status, onFilter }: LeaveRequestsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const queryClient = useQueryClient();
  const [applying, setApplying] = useState(false);
  const types = useQuery(leaveTypesQuery());
  const typeName = (code: string) => types.data?.find((type) => type.code === code)?.name ?? code;
  const pages = useCursorPages(`${employeeId ?? ''}|${status ?? ''}`);
  const list = useQuery({
    ...leaveRequestsQuery({
      employeeId,
      status,
      sort: '-createdAt',
      limit: PAGE_SIZE,
      cursor: pages.cursor,
      count: !pages.cursor || undefined,
    }),
    placeholderData: keepPreviousData,
  });
  const cancel = useMutation({
    mutationFn: cancelLeaveRequest,
    onSuccess: () => {
      void message.success(t('hrTime.leave.cancelled'));
      void queryClient.invalidateQueries({ queryKey: attendanceKeys.all });
    },
    onError: (error) => void message.error(hrTimeProblemMessage(t, error)),
  });
  const writable = can('leave-requests:write');
  const filtered = !!employeeId || !!status;
  const clear = () => onFilter({ employeeId: undefined, status: undefined });

  const columns: TableProps<LeaveRequest>['columns'] = [
    { key: 'number', title: t('hrTime.common.number'), render: (_, r) => r.number },
    {
      key: 'employee',
      title: t('hrTime.common.employee'),
      render: (_, r) => <EmployeeName id={r.employeeId} />,
    },
    { key: 'type', title: t('hrTime.leave.type'), render: (_, r) => typeName(r.leaveType) },
    { key: 'period', title: t('hrTime.leave.period'), render: (_, r) => `${r.startsOn} ~ ${r.endsOn}` },
    { key: 'days', title: t('hrTime.leave.days'), align: 'right', render: (_, r) => r.days },
    { key: 'reason', title: t('hrTime.common.reason'), render: (_, r) => r.reason },
    {
      key: 'status',
      title: t('hrTime.common.status'),
      render: (_, r) => (
        <Flex gap="small" align="center">
          <RequestStatusTag status={r.status} />
          {r.status === 'pending_approval' && can('approvals:use') && (
            <Link to={PATHS.approvals}>{t('hrTime.common.toApprovals')}</Link>
          )}
        </Flex>
      ),
    },
    ...(writable
      ? [
          {
            key: 'actions',
            title: '',
            render: (_: unknown, r: LeaveRequest) =>
              r.status === 'pending_approval' || r.status === 'approved' ? (
                <Button
                  size="small"
                  loading={cancel.isPending && cancel.variables === r.id}
                  onClick={() => cancel.mutate(r.id)}
                >
                  {t('hrTime.common.cancelRequest')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap="middle">
      <Flex gap="small" wrap justify="space-between">
        <Flex gap="small" wrap>
          <EmployeeSelect
            aria-label={t('hrTime.common.employee')}
            value={employeeId}
            onChange={(value) => onFilter({ employeeId: value })}
            style={{ width: 220 }}
          />
          <Select
            aria-label={t('hrTime.common.status')}
            placeholder={t('hrTime.common.anyStatus')}
            allowClear
            value={status}
            onChange={(value) => onFilter({ status: value })}
            options={REQUEST_STATUSES.map((s) => ({ value: s, label: t(`hrTime.requestStatuses.${s}`) }))}
            style={{ width: 140 }}
          />
        </Flex>
        {writable && (
          <Button type="primary" onClick={() => setApplying(true)}>
            {t('hrTime.leave.apply')}
          </Button>
        )}
      </Flex>
      <CursorTable<LeaveRequest>
        list={list}
        pages={pages}
        total={list.data?.total}
        pageSize={PAGE_SIZE}
        onPageSizeChange={() => undefined}
        columns={columns}
        testId="leave-requests-table"
        empty={{
          noneText: t('hrTime.leave.empty'),
          filtered: filtered ? { text: t('hrTime.common.emptyFiltered'), onClear: clear } : undefined,
        }}
      />
      {employeeId && <Balances employeeId={employeeId} typeName={typeName} />}
      {applying && <LeaveRequestModal onClose={() => setApplying(false)} />}
    </Flex>
  );
}

function Balances({ employeeId, typeName }: { employeeId: string; typeName(code: string): string }) {
  const { t } = useTranslation();
  const balances = useQuery(balancesQuery({ employeeId, limit: 50 }));
  return (
    <Flex vertical gap="small">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('hrTime.leave.balances')}
      </Typography.Title>
      <Table<LeaveBalance>
        size="small"
        rowKey="id"
        pagination={false}
        loading={balances.isPending}
        dataSource={balances.data?.data ?? []}
        data-testid="leave-balances-table"
        locale={{ emptyText: t('hrTime.leave.noBalances') }}
        columns={[
          { key: 'year', title: t('hrTime.leave.year'), render: (_, b) => b.year },
          { key: 'type', title: t('hrTime.leave.type'), render: (_, b) => typeName(b.leaveType) },
          {
            key: 'entitled',
            title: t('hrTime.leave.entitled'),
            align: 'right',
            render: (_, b) => b.entitled,
          },
          { key: 'used', title: t('hrTime.leave.used'), align: 'right', render: (_, b) => b.used },
          {
            key: 'remaining',
            title: t('hrTime.leave.remaining'),
            align: 'right',
            render: (_, b) => b.remaining,
          },
        ]}
      />
    </Flex>
  );
}
