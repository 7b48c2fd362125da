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
import { useOpenRecord } from '../../shared/url-state/use-open-record';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { CreateWebhookDrawer } from './CreateWebhookDrawer';
import { SignatureHelp } from './SignatureHelp';
import { WebhookDrawer } from './WebhookDrawer';
import { webhookListQuery, type CreatedWebhookSubscription } from './webhooks.api';
import { WebhooksTable } from './WebhooksTable';

const listSpec: UrlStateSpec<{ limit: number }> = { limit: intParam({ min: 1, max: 200, fallback: 50 }) };

/** The open subscription's id is in the URL (`?subscription=…`), so a reload keeps its delivery log open. */
const OPEN_SUBSCRIPTION_PARAM = 'subscription';

/**
 * Administration → Webhooks: partners' subscriptions to business events, newest first. Create one (its signing
 * secret shown once), then check it with a test event and follow its deliveries.
 */
export function WebhooksPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const [state, setState] = useUrlState(listSpec);
  const pages = useCursorPages(String(state.limit));
  const query = (cursor: string | undefined) => ({
    limit: state.limit,
    cursor,
    count: cursor ? undefined : true,
  });
  const list = useQuery({ ...webhookListQuery(query(pages.cursor)), placeholderData: keepPreviousData });
  const firstPage = useQuery({ ...webhookListQuery(query(undefined)), enabled: false });
  const openSubscription = useOpenRecord(OPEN_SUBSCRIPTION_PARAM);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedWebhookSubscription>();

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  const create = can('webhooks:write')
    ? { label: t('webhooks.create'), onClick: () => setCreating(true) }
    : undefined;
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('webhooks.title')}
        subtitle={t('webhooks.subtitle')}
        extra={<CreateButton create={create} />}
      />
      <SignatureHelp />
      {list.isError && <QueryProblem error={list.error} onRetry={() => void list.refetch()} />}
      <WebhooksTable
        subscriptions={list.data?.data ?? []}
        loading={list.isPending || list.isPlaceholderData}
        emptyText={list.isPending ? null : <ListEmpty noneText={t('webhooks.empty')} create={create} />}
        onOpen={(subscription) => openSubscription.open(subscription.id)}
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
      <CreateWebhookDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(subscription) => {
          setCreating(false);
          setCreated(subscription);
        }}
      />
      <OneTimeSecretModal
        secret={
          created && {
            value: created.signingSecret,
            label: t('webhooks.secret.secretFor', { name: created.name }),
          }
        }
        title={t('webhooks.secret.title')}
        warning={t('webhooks.secret.warning')}
        hint={t('webhooks.secret.hint')}
        doneLabel={t('webhooks.secret.done')}
        testId="webhook-secret"
        onClose={() => {
          // Straight on to the new subscription: the next step is usually a test event.
          if (created) openSubscription.open(created.id);
          setCreated(undefined);
        }}
      />
      <WebhookDrawer
        subscriptionId={openSubscription.shownId}
        open={!!openSubscription.openId}
        onClose={openSubscription.close}
      />
    </Flex>
  );
}
