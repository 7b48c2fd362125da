import { RedoOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../shared/ui/problem-text';
import { useReplayDelivery } from './use-webhook-mutations';
import type { WebhookDelivery } from './webhooks.api';

/** Sends a delivery's event again, as a new delivery at the top of the log. */
export function ReplayDeliveryButton({ delivery }: { delivery: WebhookDelivery }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const replay = useReplayDelivery();

  const send = async () => {
    try {
      await replay.mutateAsync(delivery.id);
      void message.success(t('webhooks.deliveries.replayed'));
    } catch (error) {
      void message.error(problemMessage(t, error));
    }
  };

  return (
    <Button
      type="link"
      size="small"
      icon={<RedoOutlined />}
      loading={replay.isPending}
      onClick={() => void send()}
    >
      {t('webhooks.deliveries.replay')}
    </Button>
  );
}
