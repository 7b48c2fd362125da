import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Flex, Select, Tabs, Tag, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { meetingPath } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CursorTable } from '../../shared/ui/CursorTable';
import { FilterBar } from '../../shared/ui/FilterBar';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { useUnitNames } from '../hr-organisation/UnitSelect';
import { ActionItemsAcrossMeetings } from './ActionItemsAcrossMeetings';
import { meetingListSpec, toMeetingQuery, type MeetingListState } from './office-list-state';
import { MEETING_STATUSES, meetingListQuery, type Meeting } from './office.api';
import { ScheduleMeetingModal } from './ScheduleMeetingModal';

type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** 会议: meetings of the units in the caller's scope, newest first, and the action items they left to chase. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const navigate = useNavigate();
  const [state, setState] = useUrlState(meetingListSpec);
  const [scheduling, setScheduling] = useState(false);
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('hrOffice.meetings.pageTitle')}
        subtitle={t('hrOffice.meetings.subtitle')}
        extra={
          can('meetings:write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setScheduling(true)}>
              {t('hrOffice.meetings.schedule')}
            </Button>
          )
        }
      />
      <ScheduleMeetingModal
        open={scheduling}
        onClose={() => setScheduling(false)}
        onDone={(meeting) => navigate(meetingPath(meeting.id))}
      />
      <Tabs
        activeKey={state.view ?? 'meetings'}
        onChange={(key) => setState({ view: key === 'meetings' ? undefined : (key as 'actionItems') })}
        items={[
          { key: 'meetings', label: t('hrOffice.meetings.tab') },
          { key: 'actionItems', label: t('hrOffice.actions.tab') },
        ]}
      />
      {state.view === 'actionItems' ? (
        <ActionItemsAcrossMeetings state={state} setState={setState} />
      ) : (
        <MeetingList state={state} setState={setState} />
      )}
    </Flex>
  );
}

function MeetingList({
  state,
  setState,
}: {
  state: MeetingListState;
  setState(patch: Partial<MeetingListState>): void;
}) {
  const { t } = useTranslation();
  const pages = useCursorPages(JSON.stringify(state));
  const list = useQuery({
    ...meetingListQuery(toMeetingQuery(state, pages.cursor)),
    placeholderData: keepPreviousData,
  });
  const unitName = useUnitNames();
  const clear = () => setState({ status: undefined });

  const columns: TableProps<Meeting>['columns'] = [
    {
      key: 'number',
      title: t('hrOffice.meetings.number'),
      render: (_, m) => <Link to={meetingPath(m.id)}>{m.number}</Link>,
    },
    { key: 'title', title: t('hrOffice.meetings.title'), render: (_, m) => m.title },
    { key: 'unit', title: t('hrOffice.meetings.unit'), render: (_, m) => unitName(m.orgUnitId) ?? '—' },
    {
      key: 'heldAt',
      title: t('hrOffice.meetings.heldAt'),
      render: (_, m) => dayjs(m.heldAt).format('YYYY-MM-DD HH:mm'),
    },
    { key: 'location', title: t('hrOffice.meetings.location'), render: (_, m) => m.location ?? '—' },
    {
      key: 'status',
      title: t('hrOffice.meetings.status'),
      render: (_, m) => (
        <Tag color={m.status === 'held' ? 'green' : 'blue'}>
          {t(`hrOffice.meetings.statuses.${m.status as MeetingStatus}`)}
        </Tag>
      ),
    },
  ];

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <FilterBar filtered={!!state.status} onClear={clear}>
        <Select
          aria-label={t('hrOffice.meetings.status')}
          placeholder={t('hrOffice.meetings.anyStatus')}
          allowClear
          value={state.status}
          onChange={(status) => setState({ status })}
          options={MEETING_STATUSES.map((s) => ({ value: s, label: t(`hrOffice.meetings.statuses.${s}`) }))}
          style={{ width: 140 }}
        />
      </FilterBar>
      <CursorTable<Meeting>
        list={list}
        pages={pages}
        total={undefined}
        pageSize={state.limit}
        onPageSizeChange={(limit) => setState({ limit })}
        columns={columns}
        testId="meetings-table"
        empty={{
          noneText: t('hrOffice.meetings.empty'),
          filtered: state.status ? { text: t('hrOffice.emptyFiltered'), onClear: clear } : undefined,
        }}
      />
    </Flex>
  );
}
