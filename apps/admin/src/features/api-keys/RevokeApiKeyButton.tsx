import { StopOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../shared/ui/problem-text';
import { auditKeys } from '../audit-log/audit.api';
import { apiKeyKeys, revokeApiKey, type ApiKey } from './api-keys.api';

/** Revokes a key after a confirmation that says what it means for the systems using it. */
export function RevokeApiKeyButton({ apiKey }: { apiKey: ApiKey }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: revokeApiKey,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: apiKeyKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: auditKeys.all }),
      ]),
  });

  const confirm = async () => {
    try {
      await revoke.mutateAsync(apiKey.id);
      void message.success(t('apiKeys.revoked', { name: apiKey.name }));
    } catch (error) {
      void message.error(problemMessage(t, error));
    }
  };

  return (
    <Popconfirm
      title={t('apiKeys.revokeConfirm', { name: apiKey.name })}
      okButtonProps={{ danger: true }}
      okText={t('apiKeys.revoke')}
      onConfirm={confirm}
    >
      <Button type="link" size="small" danger icon={<StopOutlined />} loading={revoke.isPending}>
        {t('apiKeys.revoke')}
      </Button>
    </Popconfirm>
  );
}
