import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Modal, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreatedApiKey } from './api-keys.api';

interface OneTimeSecretModalProps {
  /** The key just created; its secret exists only in this object, and goes when the modal closes. */
  created: CreatedApiKey | undefined;
  onClose(): void;
}

/**
 * Shows a new API key's secret, the one time the API gives it out. Esc and clicks beside it deliberately do not
 * close it: the secret cannot be shown again, so closing takes the explicit "I have saved it".
 */
export function OneTimeSecretModal({ created, onClose }: OneTimeSecretModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { token } = theme.useToken();

  const copy = async () => {
    if (!created) return;
    try {
      // A browser may leave the clipboard promise pending (an unfocused window): give up after a moment.
      await Promise.race([
        navigator.clipboard.writeText(created.secret),
        new Promise((_, reject) => setTimeout(() => reject(new Error('clipboard timeout')), 3000)),
      ]);
      void message.success(t('common.copied'));
    } catch {
      void message.warning(t('common.copyFailed'));
    }
  };

  return (
    <Modal
      open={!!created}
      title={t('apiKeys.secret.title')}
      closable={false}
      keyboard={false}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          {t('apiKeys.secret.done')}
        </Button>
      }
    >
      {created && (
        <Flex vertical gap="middle">
          <Alert type="warning" showIcon title={t('apiKeys.secret.warning')} />
          <Typography.Text strong>{t('apiKeys.secret.keyFor', { name: created.name })}</Typography.Text>
          <Flex gap="small" align="center">
            <code
              data-testid="api-key-secret"
              style={{
                flex: 1,
                padding: '6px 10px',
                background: token.colorFillTertiary,
                borderRadius: token.borderRadius,
                wordBreak: 'break-all',
                userSelect: 'all',
              }}
            >
              {created.secret}
            </code>
            <Button icon={<CopyOutlined />} onClick={() => void copy()} autoFocus>
              {t('common.copy')}
            </Button>
          </Flex>
        </Flex>
      )}
    </Modal>
  );
}
