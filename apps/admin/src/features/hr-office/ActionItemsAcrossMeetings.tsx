import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Flex, Select, Tag, Typography, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { meetingPath } from '../../app/paths';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CursorTable } from '../../shared/ui/CursorTable';
import { FilterBar } from '../../shared/ui/FilterBar';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { EmployeeName } from '../hr-time/shared/EmployeeName';
import { toActionItemQuery, type MeetingListState } from './office-list-state';
import { ACTION_ITEM_STATUSES, actionItemListQuery, type ActionItem } from './office.api';

/** An open item whose due day has passed: the one to chase first. */
export const isOverdue = (item: ActionItem, today = dayjs().format('YYYY-MM-DD')) =>
  item.status === 'open' && item.dueOn < today;

/** Every meeting's action items by due date, to chase the open ones; each links to its meeting. */
export function ActionItemsAcrossMeetings({
  state,
  setState,
}: {
  state: MeetingListState;
  setState(patch: Partial<MeetingListState>): void;
}) {
  const { t } = useTranslation();
  const pages = useCursorPages(JSON.stringify([state.itemStatus, state.limit]));
  const list = useQuery({
    ...actionItemListQuery(toActionItemQuery(state, pages.cursor)),
    placeholderData: keepPreviousData,
  });
  const clear = () => setState({ itemStatus: undefined });

  const columns: TableProps<ActionItem>['columns'] = [
    { key: 'title', title: t('hrOffice.actions.item'), render: (_, i) => i.title },
    {
      key: 'owner',
      title: t('hrOffice.actions.owner'),
      render: (_, i) => <EmployeeName id={i.ownerEmployeeId} />,
    },
    {
      key: 'due',
      title: t('hrOffice.actions.dueOn'),
      render: (_, i) =>
        isOverdue(i) ? (
          <Typography.Text type="danger" data-testid="overdue">
            {i.dueOn} · {t('hrOffice.actions.overdue')}
          </Typography.Text>
        ) : (
          i.dueOn
        ),
    },
    {
      key: 'status',
      title: t('hrOffice.actions.status'),
      render: (_, i) =>
        i.status === 'done' ? (
          <Tag color="green">{t('hrOffice.actions.done')}</Tag>
        ) : (
          <Tag>{t('hrOffice.actions.open')}</Tag>
        ),
    },
    {
      key: 'meeting',
      title: t('hrOffice.actions.meeting'),
      render: (_, i) => <Link to={meetingPath(i.meetingId)}>{t('hrOffice.actions.openMeeting')}</Link>,
    },
  ];

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <FilterBar filtered={!!state.itemStatus} onClear={clear}>
        <Select
          aria-label={t('hrOffice.actions.status')}
          placeholder={t('hrOffice.meetings.anyStatus')}
          allowClear
          value={state.itemStatus}
          onChange={(itemStatus) => setState({ itemStatus })}
          options={ACTION_ITEM_STATUSES.map((s) => ({ value: s, label: t(`hrOffice.actions.${s}`) }))}
          style={{ width: 140 }}
        />
      </FilterBar>
      <CursorTable<ActionItem>
        list={list}
        pages={pages}
        total={undefined}
        pageSize={state.limit}
        onPageSizeChange={(limit) => setState({ limit })}
        columns={columns}
        testId="action-items-table"
        empty={{
          noneText: t('hrOffice.actions.empty'),
          filtered: state.itemStatus ? { text: t('hrOffice.emptyFiltered'), onClear: clear } : undefined,
        }}
      />
    </Flex>
  );
}
