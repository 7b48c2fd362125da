import { DatePicker, Flex, Tabs } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import '../../../shared/format/dayjs-locales';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { useUrlState } from '../../../shared/url-state/use-url-state';
import { attendanceSpec } from './attendance-state';
import { ClockImport } from './ClockImport';
import { LeaveRequests } from './LeaveRequests';
import { MonthlySummary } from './MonthlySummary';
import { OvertimeRequests } from './OvertimeRequests';
import { ShiftsPanel } from './ShiftsPanel';
import { WorkCalendarMonth } from './WorkCalendarMonth';

/** 考勤: the company calendar, the month's summary and its lock, clock imports, leave, overtime and shifts. */
export function AttendancePage() {
  const { t } = useTranslation();
  const [state, setState] = useUrlState(attendanceSpec);
  const monthPicker = (
    <DatePicker
      picker="month"
      aria-label={t('hrTime.attendance.month')}
      allowClear={false}
      value={dayjs(`${state.month}-01`)}
      onChange={(value) => value && setState({ month: value.format('YYYY-MM') })}
    />
  );
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('hrTime.attendance.title')}
        subtitle={t('hrTime.attendance.subtitle')}
        extra={state.tab === 'calendar' || state.tab === 'summary' ? monthPicker : undefined}
      />
      <Tabs
        activeKey={state.tab}
        onChange={(tab) => setState({ tab: tab as typeof state.tab })}
        destroyOnHidden
        items={[
          {
            key: 'calendar',
            label: t('hrTime.attendance.tabs.calendar'),
            children: (
              <WorkCalendarMonth month={state.month} onMonthChange={(month) => setState({ month })} />
            ),
          },
          {
            key: 'summary',
            label: t('hrTime.attendance.tabs.summary'),
            children: (
              <MonthlySummary
                month={state.month}
                orgUnitId={state.unit}
                onOrgUnitChange={(unit) => setState({ unit })}
              />
            ),
          },
          { key: 'clock', label: t('hrTime.attendance.tabs.clock'), children: <ClockImport /> },
          {
            key: 'leave',
            label: t('hrTime.attendance.tabs.leave'),
            children: (
              <LeaveRequests
                employeeId={state.employee}
                status={state.status}
                onFilter={(changes) =>
                  setState({
                    ...('employeeId' in changes ? { employee: changes.employeeId } : {}),
                    ...('status' in changes ? { status: changes.status } : {}),
                  })
                }
              />
            ),
          },
          {
            key: 'overtime',
            label: t('hrTime.attendance.tabs.overtime'),
            children: <OvertimeRequests employeeId={state.employee} />,
          },
          { key: 'shifts', label: t('hrTime.attendance.tabs.shifts'), children: <ShiftsPanel /> },
        ]}
      />
    </Flex>
  );
}
