import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CursorPager } from '../../shared/ui/CursorPager';
import { ListEmpty } from '../../shared/ui/ListEmpty';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { differsFromFallback } from '../../shared/url-state/url-state';
import { useOpenRecord } from '../../shared/url-state/use-open-record';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { CreateUserDrawer } from './CreateUserDrawer';
import { NO_USER_FILTERS, toUserListQuery, USER_FILTERS, userListSpec } from './user-list-state';
import { UserDrawer } from './UserDrawer';
import { UserFilters } from './UserFilters';
import { userListQuery } from './users.api';
import { UsersTable } from './UsersTable';

/** The open user's id is in the URL (`?user=…`), so the audit log and shared links can open one directly. */
const OPEN_USER_PARAM = 'user';

/** Administration → Users & roles: accounts, filterable and keyset-paginated, each opening in a drawer. */
export function UsersPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const [state, setState] = useUrlState(userListSpec);
  const pages = useCursorPages(JSON.stringify(state));
  const list = useQuery({
    ...userListQuery(toUserListQuery(state, pages.cursor)),
    placeholderData: keepPreviousData,
  });
  const firstPage = useQuery({ ...userListQuery(toUserListQuery(state, undefined)), enabled: false });
  const [creating, setCreating] = useState(false);

  const openUser = useOpenRecord(OPEN_USER_PARAM);

  const filtered = differsFromFallback(userListSpec, state, USER_FILTERS);
  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.subtitle')}
        extra={
          can('users:write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('users.create')}
            </Button>
          )
        }
      />
      <UserFilters state={state} filtered={filtered} onChange={setState} />
      {list.isError && <QueryProblem error={list.error} onRetry={() => void list.refetch()} />}
      <UsersTable
        users={list.data?.data ?? []}
        loading={list.isPending || list.isPlaceholderData}
        sort={state.sort}
        emptyText={
          list.isPending ? null : (
            <ListEmpty
              noneText={t('users.empty.none')}
              filtered={
                filtered
                  ? { text: t('users.empty.filtered'), onClear: () => setState(NO_USER_FILTERS) }
                  : undefined
              }
              create={
                can('users:write')
                  ? { label: t('users.create'), onClick: () => setCreating(true) }
                  : undefined
              }
            />
          )
        }
        onSortChange={(sort) => setState({ sort })}
        onOpen={(user) => openUser.open(user.id)}
      />
      <CursorPager
        page={pages.page}
        total={firstPage.data?.total}
        hasPrevious={pages.hasPrevious}
        nextCursor={list.isPlaceholderData ? undefined : list.data?.nextCursor}
        pageSize={state.limit}
        disabled={list.isPending}
        onPrevious={pages.goToPrevious}
        onNext={pages.goToNext}
        onPageSizeChange={(limit) => setState({ limit })}
      />
      <CreateUserDrawer open={creating} onClose={() => setCreating(false)} />
      <UserDrawer userId={openUser.shownId} open={!!openUser.openId} onClose={openUser.close} />
    </Flex>
  );
}
