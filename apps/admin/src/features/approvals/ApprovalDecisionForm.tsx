import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../shared/ui/problem-text';
import type { ApprovalRequest, Decision } from './approvals.api';
import { useDecideApproval } from './use-approval-mutations';

const COMMENT_MAX = 1000;

/**
 * Approve or reject the step waiting for the user, with a comment; a rejection must say why. A refusal (not
 * yours after all, already decided by someone else) is said in a message while the drawer reloads the request.
 */
export function ApprovalDecisionForm({ request }: { request: ApprovalRequest }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ comment?: string }>();
  const decide = useDecideApproval();

  const submit = async (decision: Decision) => {
    const comment = (form.getFieldValue('comment') ?? '').trim();
    if (decision === 'reject' && !comment) {
      form.setFields([{ name: 'comment', errors: [t('approvals.decide.commentRequired')] }]);
      form.focusField('comment');
      return;
    }
    try {
      await decide.mutateAsync({ id: request.id, decision, comment: comment || undefined });
      const done = decision === 'approve' ? 'approvals.decide.approved' : 'approvals.decide.rejected';
      void message.success(t(done, { number: request.number }));
    } catch (error) {
      void message.error(problemMessage(t, error));
    }
  };
  const deciding = decide.isPending ? decide.variables.decision : undefined;

  return (
    <Form form={form} name="approval-decision" layout="vertical" aria-label={t('approvals.decide.title')}>
      <Form.Item name="comment" label={t('approvals.decide.comment')}>
        <Input.TextArea
          rows={3}
          maxLength={COMMENT_MAX}
          showCount
          placeholder={t('approvals.decide.commentPlaceholder')}
          onChange={() => form.setFields([{ name: 'comment', errors: [] }])}
        />
      </Form.Item>
      <Flex gap="small" justify="end">
        <Button
          danger
          icon={<CloseOutlined />}
          loading={deciding === 'reject'}
          disabled={deciding === 'approve'}
          onClick={() => void submit('reject')}
        >
          {t('approvals.decide.reject')}
        </Button>
        <Button
          type="primary"
          icon={<CheckOutlined />}
          loading={deciding === 'approve'}
          disabled={deciding === 'reject'}
          onClick={() => void submit('approve')}
        >
          {t('approvals.decide.approve')}
        </Button>
      </Flex>
    </Form>
  );
}
