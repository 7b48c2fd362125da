import { useQuery } from '@tanstack/react-query';
import { Calendar, Flex, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../../auth/use-session';
import { QueryProblem } from '../../../shared/ui/QueryProblem';
import { dayKind, type DayKind } from './attendance-rules';
import { calendarDaysQuery, type CalendarDay } from './attendance.api';
import { CalendarDayModal } from './CalendarDayModal';

const KIND_COLOR: Record<DayKind, string | undefined> = {
  holiday: 'red',
  'make-up-workday': 'orange',
  weekend: undefined,
  workday: undefined,
};

interface WorkCalendarMonthProps {
  month: string;
  onMonthChange(month: string): void;
}

/** The company work calendar for one month: public holidays and make-up working days (调休) marked; HR edits a day. */
export function WorkCalendarMonth({ month, onMonthChange }: WorkCalendarMonthProps) {
  const { t } = useTranslation();
  const can = usePermissions();
  const year = Number(month.slice(0, 4));
  const days = useQuery(calendarDaysQuery(year));
  const [editing, setEditing] = useState<string>();
  const marks = useMemo(
    () => new Map((days.data ?? []).map((d): [string, CalendarDay] => [d.date, d])),
    [days.data],
  );
  const value = dayjs(`${month}-01`);

  const cell = (date: Dayjs) => {
    const iso = date.format('YYYY-MM-DD');
    if (iso.slice(0, 7) !== month) return null;
    const kind = dayKind(iso, marks);
    const mark = marks.get(iso);
    return (
      // The cell fills its box so the whole day is a click target (and visible even when nothing is marked).
      <div data-testid={`calendar-day-${iso}`} data-kind={kind} style={{ minHeight: 48 }}>
        {kind === 'holiday' || kind === 'make-up-workday' ? (
          <Tag color={KIND_COLOR[kind]} style={{ marginInlineEnd: 0 }}>
            {t(`hrTime.calendar.kinds.${kind}`)}
            {mark?.name ? ` · ${mark.name}` : ''}
          </Tag>
        ) : kind === 'weekend' ? (
          <Typography.Text type="secondary">{t('hrTime.calendar.kinds.weekend')}</Typography.Text>
        ) : null}
      </div>
    );
  };

  return (
    <Flex vertical gap="small">
      {days.isError && <QueryProblem error={days.error} onRetry={() => void days.refetch()} />}
      <Flex gap="small" wrap>
        <Tag color="red">{t('hrTime.calendar.kinds.holiday')}</Tag>
        <Tag color="orange">{t('hrTime.calendar.kinds.make-up-workday')}</Tag>
        <Typography.Text type="secondary">
          {can('work-calendar:write') ? t('hrTime.calendar.editHint') : t('hrTime.calendar.readHint')}
        </Typography.Text>
      </Flex>
      <Calendar
        value={value}
        mode="month"
        cellRender={(date, info) => (info.type === 'date' ? cell(date) : null)}
        onPanelChange={(date) => onMonthChange(date.format('YYYY-MM'))}
        onSelect={(date, info) => {
          if (info.source !== 'date') {
            onMonthChange(date.format('YYYY-MM'));
            return;
          }
          if (date.format('YYYY-MM') === month && can('work-calendar:write'))
            setEditing(date.format('YYYY-MM-DD'));
        }}
      />
      {editing && (
        <CalendarDayModal date={editing} current={marks.get(editing)} onClose={() => setEditing(undefined)} />
      )}
    </Flex>
  );
}
