import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CreateButton } from '../../shared/ui/CreateButton';
import { CursorPager } from '../../shared/ui/CursorPager';
import { ListEmpty } from '../../shared/ui/ListEmpty';
import { OneTimeSecretModal } from '../../shared/ui/OneTimeSecretModal';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { intParam, type UrlStateSpec } from '../../shared/url-state/url-state';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { apiKeyListQuery, type CreatedApiKey } from './api-keys.api';
import { ApiKeysTable } from './ApiKeysTable';
import { CreateApiKeyDrawer } from './CreateApiKeyDrawer';

const listSpec: UrlStateSpec<{ limit: number }> = { limit: intParam({ min: 1, max: 200, fallback: 50 }) };

/** Administration → API keys: the partners' keys, newest first; create one (its secret shown once) or revoke. */
export function ApiKeysPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const [state, setState] = useUrlState(listSpec);
  const pages = useCursorPages(String(state.limit));
  const query = (cursor: string | undefined) => ({
    limit: state.limit,
    cursor,
    count: cursor ? undefined : true,
  });
  const list = useQuery({ ...apiKeyListQuery(query(pages.cursor)), placeholderData: keepPreviousData });
  const firstPage = useQuery({ ...apiKeyListQuery(query(undefined)), enabled: false });
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiKey>();

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  const create = can('api-keys:write')
    ? { label: t('apiKeys.create'), onClick: () => setCreating(true) }
    : undefined;
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('apiKeys.title')}
        subtitle={t('apiKeys.subtitle')}
        extra={<CreateButton create={create} />}
      />
      {list.isError && <QueryProblem error={list.error} onRetry={() => void list.refetch()} />}
      <ApiKeysTable
        apiKeys={list.data?.data ?? []}
        loading={list.isPending || list.isPlaceholderData}
        canRevoke={can('api-keys:write')}
        emptyText={list.isPending ? null : <ListEmpty noneText={t('apiKeys.empty')} create={create} />}
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
      <CreateApiKeyDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(key) => {
          setCreating(false);
          setCreated(key);
        }}
      />
      <OneTimeSecretModal
        secret={
          created && { value: created.secret, label: t('apiKeys.secret.keyFor', { name: created.name }) }
        }
        title={t('apiKeys.secret.title')}
        warning={t('apiKeys.secret.warning')}
        doneLabel={t('apiKeys.secret.done')}
        testId="api-key-secret"
        onClose={() => setCreated(undefined)}
      />
    </Flex>
  );
}
