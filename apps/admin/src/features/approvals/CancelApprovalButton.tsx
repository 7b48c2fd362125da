import { RollbackOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../shared/ui/problem-text';
import type { ApprovalRequest } from './approvals.api';
import { useCancelApproval } from './use-approval-mutations';

/** The requester withdraws a pending request, after a confirmation: the chain ends there for good. */
export function CancelApprovalButton({ request }: { request: ApprovalRequest }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const cancel = useCancelApproval();

  const confirm = async () => {
    try {
      await cancel.mutateAsync(request.id);
      void message.success(t('approvals.cancel.done', { number: request.number }));
    } catch (error) {
      void message.error(problemMessage(t, error));
    }
  };

  return (
    <Popconfirm
      title={t('approvals.cancel.confirm', { number: request.number })}
      okButtonProps={{ danger: true }}
      okText={t('approvals.cancel.button')}
      onConfirm={confirm}
    >
      <Button danger icon={<RollbackOutlined />} loading={cancel.isPending}>
        {t('approvals.cancel.button')}
      </Button>
    </Popconfirm>
  );
}
