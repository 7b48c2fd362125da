import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Modal, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface OneTimeSecret {
  /** The secret itself: it exists only in this object, and goes when the modal closes. */
  value: string;
  /** Whose secret it is ("The key for 'Website'"). */
  label: string;
}

interface OneTimeSecretModalProps {
  secret: OneTimeSecret | undefined;
  title: string;
  warning: string;
  doneLabel: string;
  /** Names the secret's element for tests. */
  testId: string;
  /** What to do with it, under the secret. */
  hint?: ReactNode;
  onClose(): void;
}

/**
 * Shows a secret the API gives out once (an API key, a webhook signing secret). Esc and clicks beside it
 * deliberately do not close it: the secret cannot be shown again, so closing takes the explicit "I have saved it".
 */
export function OneTimeSecretModal(props: OneTimeSecretModalProps) {
  const { secret, onClose } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { token } = theme.useToken();

  const copy = async () => {
    if (!secret) return;
    try {
      // A browser may leave the clipboard promise pending (an unfocused window): give up after a moment.
      await Promise.race([
        navigator.clipboard.writeText(secret.value),
        new Promise((_, reject) => setTimeout(() => reject(new Error('clipboard timeout')), 3000)),
      ]);
      void message.success(t('common.copied'));
    } catch {
      void message.warning(t('common.copyFailed'));
    }
  };

  return (
    <Modal
      open={!!secret}
      title={props.title}
      closable={false}
      keyboard={false}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          {props.doneLabel}
        </Button>
      }
    >
      {secret && (
        <Flex vertical gap="middle">
          <Alert type="warning" showIcon title={props.warning} />
          <Typography.Text strong>{secret.label}</Typography.Text>
          <Flex gap="small" align="center">
            <code
              data-testid={props.testId}
              style={{
                flex: 1,
                padding: '6px 10px',
                background: token.colorFillTertiary,
                borderRadius: token.borderRadius,
                wordBreak: 'break-all',
                userSelect: 'all',
              }}
            >
              {secret.value}
            </code>
            <Button icon={<CopyOutlined />} onClick={() => void copy()} autoFocus>
              {t('common.copy')}
            </Button>
          </Flex>
          {props.hint && <Typography.Text type="secondary">{props.hint}</Typography.Text>}
        </Flex>
      )}
    </Modal>
  );
}
