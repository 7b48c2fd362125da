import { CheckCircleOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/problem';
import { translatedProblem } from '../../shared/ui/problem-text';
import { isStaleVersion, useUpdateUser } from './use-user-mutations';
import type { User } from './users.api';

interface UserStatusControlProps {
  user: User;
  canChange: boolean;
  /** The signed-in user's own account, which they may not disable (they would lock themselves out). */
  isSelf: boolean;
}

/** The account's status, and enabling or disabling it; disabling (after a confirmation) signs the user out. */
export function UserStatusControl({ user, canChange, isSelf }: UserStatusControlProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateUser();

  const setStatus = async (status: User['status']) => {
    try {
      const saved = await update.mutateAsync({ user, changes: { status } });
      void message.success(
        t(status === 'disabled' ? 'users.status.disabled' : 'users.status.enabled', {
          name: saved.displayName,
        }),
      );
    } catch (error) {
      if (isStaleVersion(error)) void message.warning(t('users.form.staleTitle'));
      else if (error instanceof ApiProblem)
        void message.error(translatedProblem(t, error.code) ?? error.detail);
      else void message.error(String(error));
    }
  };

  return (
    <Flex align="center" gap="small" wrap>
      <Typography.Text type="secondary">{t('users.status.label')}</Typography.Text>
      <Tag color={user.status === 'active' ? 'success' : 'default'}>{t(`users.statuses.${user.status}`)}</Tag>
      {canChange && user.status === 'active' && (
        <Popconfirm
          title={t('users.status.disableConfirm', { name: user.displayName })}
          onConfirm={() => setStatus('disabled')}
          disabled={isSelf}
        >
          <Tooltip title={isSelf ? t('users.status.notYourself') : undefined}>
            <Button danger size="small" icon={<StopOutlined />} disabled={isSelf} loading={update.isPending}>
              {t('users.status.disable')}
            </Button>
          </Tooltip>
        </Popconfirm>
      )}
      {canChange && user.status === 'disabled' && (
        <Button
          size="small"
          icon={<CheckCircleOutlined />}
          loading={update.isPending}
          onClick={() => setStatus('active')}
        >
          {t('users.status.enable')}
        </Button>
      )}
    </Flex>
  );
}
