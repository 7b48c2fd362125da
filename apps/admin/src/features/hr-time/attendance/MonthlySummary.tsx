import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Flex, Popconfirm, Tag, Tooltip, type TableProps } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../../auth/use-session';
import { formatDateTime } from '../../../shared/format/date-time';
import { useCursorPages } from '../../../shared/pagination/use-cursor-pages';
import { CursorTable } from '../../../shared/ui/CursorTable';
import { QueryProblem } from '../../../shared/ui/QueryProblem';
import { OrgUnitName } from '../../org-units/OrgUnitName';
import { OrgUnitTreeSelect } from '../../org-units/OrgUnitTreeSelect';
import { hrTimeProblemMessage } from '../shared/hr-time-problems';
import { beijingToday, lockBlocker } from './attendance-rules';
import {
  attendanceKeys,
  attendanceMonthQuery,
  lockAttendanceMonth,
  summariesQuery,
  type AttendanceSummary,
} from './attendance.api';

const PAGE_SIZE = 50;

/** 月度考勤汇总: each employee's month as payroll will read it, and the lock that freezes it for payroll. */
interface MonthlySummaryProps {
  month: string;
  orgUnitId: string | undefined;
  onOrgUnitChange(orgUnitId: string | undefined): void;
}

export function MonthlySummary({ month, orgUnitId, onOrgUnitChange }: MonthlySummaryProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const queryClient = useQueryClient();
  const info = useQuery(attendanceMonthQuery(month));
  const pages = useCursorPages(`${month}|${orgUnitId ?? ''}`);
  const query = {
    month,
    orgUnitId,
    limit: PAGE_SIZE,
    cursor: pages.cursor,
    count: !pages.cursor || undefined,
  };
  const list = useQuery({ ...summariesQuery(query), placeholderData: keepPreviousData });
  const lock = useMutation({
    mutationFn: () => lockAttendanceMonth(month),
    onSuccess: () => {
      void message.success(t('hrTime.summary.lockedToast', { month }));
      void queryClient.invalidateQueries({ queryKey: attendanceKeys.all });
    },
    onError: (error) => void message.error(hrTimeProblemMessage(t, error)),
  });
  const blocker = info.data ? lockBlocker(info.data, beijingToday()) : undefined;

  const columns: TableProps<AttendanceSummary>['columns'] = [
    {
      key: 'employee',
      title: t('hrTime.summary.fields.employee'),
      fixed: 'start',
      render: (_, s) => `${s.employeeName}（${s.employeeNumber}）`,
    },
    {
      key: 'unit',
      title: t('hrTime.summary.fields.unit'),
      render: (_, s) => <OrgUnitName id={s.orgUnitId} />,
    },
    {
      key: 'expected',
      title: t('hrTime.summary.fields.expectedDays'),
      align: 'right',
      render: (_, s) => s.expectedDays,
    },
    {
      key: 'worked',
      title: t('hrTime.summary.fields.daysWorked'),
      align: 'right',
      render: (_, s) => s.daysWorked,
    },
    { key: 'late', title: t('hrTime.summary.fields.late'), align: 'right', render: (_, s) => s.lateCount },
    {
      key: 'early',
      title: t('hrTime.summary.fields.early'),
      align: 'right',
      render: (_, s) => s.earlyLeaveCount,
    },
    {
      key: 'missing',
      title: t('hrTime.summary.fields.missingPunch'),
      align: 'right',
      render: (_, s) => s.missingPunchCount,
    },
    {
      key: 'absent',
      title: t('hrTime.summary.fields.absent'),
      align: 'right',
      render: (_, s) => s.absenceDays,
    },
    {
      key: 'leave',
      title: t('hrTime.summary.fields.leave'),
      render: (_, s) => {
        const entries = Object.entries(s.leaveDays);
        return entries.length === 0
          ? t('common.none')
          : entries.map(([type, days]) => <Tag key={type}>{`${type} ${days}`}</Tag>);
      },
    },
    {
      key: 'overtime',
      title: t('hrTime.summary.fields.overtime'),
      render: (_, s) =>
        t('hrTime.summary.overtimeHours', {
          weekday: s.overtimeHours.weekday,
          restDay: s.overtimeHours.rest_day,
          holiday: s.overtimeHours.public_holiday,
        }),
    },
  ];

  const lockButton = can('attendance-summaries:lock') && info.data && !info.data.locked && (
    <Tooltip title={blocker ? t(`hrTime.summary.blockers.${blocker}`) : undefined}>
      <Popconfirm
        title={t('hrTime.summary.lockConfirmTitle', { month })}
        description={t('hrTime.summary.lockConfirmText')}
        okText={t('hrTime.summary.lock')}
        cancelText={t('common.cancel')}
        onConfirm={() => lock.mutate()}
        disabled={!!blocker}
      >
        <Button type="primary" icon={<LockOutlined />} disabled={!!blocker} loading={lock.isPending}>
          {t('hrTime.summary.lock')}
        </Button>
      </Popconfirm>
    </Tooltip>
  );

  return (
    <Flex vertical gap="middle">
      {info.isError && <QueryProblem error={info.error} onRetry={() => void info.refetch()} />}
      {info.data && (
        <Flex justify="space-between" align="start" gap="middle" wrap>
          <Descriptions size="small" column={3} data-testid="attendance-month">
            <Descriptions.Item label={t('hrTime.summary.state')}>
              {info.data.locked ? (
                <Tag color="green" icon={<LockOutlined />}>
                  {t('hrTime.summary.locked')}
                </Tag>
              ) : (
                <Tag>{t('hrTime.summary.open')}</Tag>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('hrTime.summary.fields.expectedDays')}>
              {info.data.expectedDays}
            </Descriptions.Item>
            {info.data.lockedAt && (
              <Descriptions.Item label={t('hrTime.summary.lockedAt')}>
                {formatDateTime(info.data.lockedAt, i18n.language)}
              </Descriptions.Item>
            )}
          </Descriptions>
          {lockButton}
        </Flex>
      )}
      {info.data?.locked && (
        <Alert type="info" showIcon title={t('hrTime.summary.lockedNotice', { month })} />
      )}
      {info.data && !info.data.calendarMaintained && (
        <Alert type="warning" showIcon title={t('hrTime.summary.blockers.calendarMissing')} />
      )}
      <Flex gap="small" wrap>
        <OrgUnitTreeSelect
          aria-label={t('hrTime.summary.fields.unit')}
          placeholder={t('hrTime.common.anyUnit')}
          allowClear
          value={orgUnitId}
          onChange={(value) => onOrgUnitChange(value)}
          style={{ width: 220 }}
        />
      </Flex>
      <CursorTable<AttendanceSummary>
        list={list}
        pages={pages}
        total={list.data?.total}
        pageSize={PAGE_SIZE}
        onPageSizeChange={() => undefined}
        columns={columns}
        rowKey="employeeId"
        testId="attendance-summary-table"
        empty={{ noneText: t('hrTime.summary.empty') }}
      />
    </Flex>
  );
}
