import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatementLine } from './reconciliation.api';
import { settlementProblemMessage } from './settlement-problems';
import { useExplainLine } from './use-settlement-mutations';

/** Why a line stays unmatched or differs (a test order, a double charge refunded…): the reason stays with it. */
export function ExplainLineModal({
  day,
  line,
  onClose,
}: {
  day: string;
  line: StatementLine | undefined;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const explain = useExplainLine(day);
  const [refusal, setRefusal] = useState<string>();

  const submit = ({ reason }: { reason: string }) => {
    if (!line) return;
    setRefusal(undefined);
    explain.mutate(
      { id: line.id, reason: reason.trim() },
      { onSuccess: onClose, onError: (error) => setRefusal(settlementProblemMessage(t, error)) },
    );
  };

  return (
    <Modal
      open={!!line}
      title={t('financeSettlement.website.explainTitle', { ref: line?.transactionRef ?? '' })}
      okText={t('common.save')}
      okButtonProps={{ loading: explain.isPending, htmlType: 'submit', form: 'explain-statement-line' }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<{ reason: string }>
        name="explain-statement-line"
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={{ reason: line?.explanation ?? '' }}
      >
        <Form.Item
          name="reason"
          label={t('financeSettlement.website.reason')}
          rules={[
            { required: true, whitespace: true, message: t('financeSettlement.website.reasonRequired') },
            { max: 500 },
          ]}
        >
          <Input.TextArea rows={3} placeholder={t('financeSettlement.website.reasonPlaceholder')} />
        </Form.Item>
        {refusal && <Alert type="error" showIcon role="alert" title={refusal} />}
      </Form>
    </Modal>
  );
}
