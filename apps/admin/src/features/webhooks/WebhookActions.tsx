import { PauseCircleOutlined, PlayCircleOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../shared/ui/problem-text';
import { isStaleVersion, usePingWebhook, useUpdateWebhook } from './use-webhook-mutations';
import type { WebhookStatus, WebhookSubscription } from './webhooks.api';
import { WebhookStatusTag } from './WebhookStatusTag';

interface WebhookActionsProps {
  subscription: WebhookSubscription;
  canWrite: boolean;
}

/** The subscription's status with pause/resume (If-Match), and a test event to check the receiver. */
export function WebhookActions({ subscription, canWrite }: WebhookActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateWebhook();
  const ping = usePingWebhook();
  const active = subscription.status === 'active';

  const setStatus = async (status: WebhookStatus) => {
    try {
      const saved = await update.mutateAsync({ subscription, changes: { status } });
      const done = status === 'paused' ? 'webhooks.actions.paused' : 'webhooks.actions.resumed';
      void message.success(t(done, { name: saved.name }));
    } catch (error) {
      if (isStaleVersion(error)) void message.warning(t('webhooks.form.staleTitle'));
      else void message.error(problemMessage(t, error));
    }
  };

  const sendTestEvent = async () => {
    try {
      await ping.mutateAsync(subscription.id);
      void message.success(t('webhooks.actions.pingSent'));
    } catch (error) {
      void message.error(problemMessage(t, error));
    }
  };

  return (
    <Flex align="center" gap="small" wrap>
      <Typography.Text type="secondary">{t('webhooks.columns.status')}</Typography.Text>
      <WebhookStatusTag status={subscription.status} />
      {canWrite && active && (
        <Popconfirm
          title={t('webhooks.actions.pauseTitle', { name: subscription.name })}
          description={<div style={{ maxWidth: 360 }}>{t('webhooks.actions.pauseText')}</div>}
          okText={t('webhooks.actions.pause')}
          onConfirm={() => setStatus('paused')}
        >
          <Button size="small" icon={<PauseCircleOutlined />} loading={update.isPending}>
            {t('webhooks.actions.pause')}
          </Button>
        </Popconfirm>
      )}
      {canWrite && !active && (
        <Button
          size="small"
          icon={<PlayCircleOutlined />}
          loading={update.isPending}
          onClick={() => void setStatus('active')}
        >
          {t('webhooks.actions.resume')}
        </Button>
      )}
      {canWrite && (
        <Tooltip title={active ? undefined : t('webhooks.actions.pingWhilePaused')}>
          <Button
            size="small"
            type="primary"
            icon={<SendOutlined />}
            disabled={!active}
            loading={ping.isPending}
            onClick={() => void sendTestEvent()}
          >
            {t('webhooks.actions.ping')}
          </Button>
        </Tooltip>
      )}
    </Flex>
  );
}
