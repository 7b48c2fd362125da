import { Alert, App, Button, Flex, Form, Input, Modal, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { journalEntryPath, PATHS } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import type { JournalEntry } from './ledger.api';
import { ledgerProblemMessage } from './ledger-problems';
import { useChangeEntry, type EntryStep } from './use-ledger-mutations';

/** A draft is posted or deleted; a posted entry that nobody reversed yet can be reversed, with the reason. */
export function EntryActions({ entry }: { entry: JournalEntry }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const navigate = useNavigate();
  const change = useChangeEntry();
  const [reversing, setReversing] = useState(false);
  const [refusal, setRefusal] = useState<string>();

  const run = (step: EntryStep, done: string) => {
    setRefusal(undefined);
    change.mutate(
      { entry, change: step },
      {
        onSuccess: (changed) => {
          void message.success(done);
          setReversing(false);
          if (step.step === 'delete') void navigate(PATHS.journalEntries);
          else if (changed && changed.id !== entry.id) void navigate(journalEntryPath(changed.id));
        },
        onError: (error) => {
          setRefusal(ledgerProblemMessage(t, error));
          setReversing(false);
        },
      },
    );
  };

  if (!can('journal-entries:write')) return null;
  const draft = entry.status === 'draft';
  const reversible = entry.status === 'posted' && !entry.reversedById && !entry.reversesId;
  return (
    <Flex vertical gap="small" align="end">
      <Flex gap="small" wrap data-testid="entry-actions">
        {draft && (
          <Button
            type="primary"
            loading={change.isPending}
            onClick={() => run({ step: 'post' }, t('financeLedger.entry.posted'))}
          >
            {t('financeLedger.entry.post')}
          </Button>
        )}
        {draft && (
          <Popconfirm
            title={t('financeLedger.entry.removeConfirm')}
            onConfirm={() => run({ step: 'delete' }, t('financeLedger.entry.removed'))}
          >
            <Button danger>{t('financeLedger.entry.remove')}</Button>
          </Popconfirm>
        )}
        {reversible && <Button onClick={() => setReversing(true)}>{t('financeLedger.entry.reverse')}</Button>}
      </Flex>
      {refusal && (
        <Alert
          type="error"
          showIcon
          closable
          role="alert"
          title={t('financeLedger.entry.refused')}
          description={refusal}
          onClose={() => setRefusal(undefined)}
        />
      )}
      <Modal
        open={reversing}
        title={t('financeLedger.entry.reverseTitle', { number: entry.number })}
        okText={t('financeLedger.entry.reverse')}
        okButtonProps={{ loading: change.isPending, htmlType: 'submit', form: 'reverse-entry' }}
        cancelText={t('common.cancel')}
        onCancel={() => setReversing(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('financeLedger.entry.reverseHint')}</Typography.Paragraph>
        <Form<{ reason: string }>
          name="reverse-entry"
          layout="vertical"
          preserve={false}
          onFinish={({ reason }) =>
            run({ step: 'reverse', reason: reason.trim() }, t('financeLedger.entry.reversed'))
          }
        >
          <Form.Item
            name="reason"
            label={t('financeLedger.entry.reason')}
            rules={[
              { required: true, whitespace: true, message: t('financeLedger.entry.reasonRequired') },
              { max: 150 },
            ]}
          >
            <Input aria-label={t('financeLedger.entry.reason')} autoFocus maxLength={150} />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
