import { Alert, App, Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { formatMoney, yuanToMinorUnits } from '../../shared/money/money';
import { YuanInput, yuanRules } from '../../shared/money/YuanInput';
import type { Remittance, RemittanceStep } from './cod.api';
import { codProblemMessage } from './cod-problems';
import { useChangeRemittance } from './use-cod-mutations';

interface HandInValues {
  amount: string;
  note?: string;
}

interface ConfirmValues {
  reason?: string;
  note?: string;
}

/**
 * The batch's next step: the courier's cash handed in (typed in yuan, sent in 分), then finance's
 * confirmation, which asks why when the cash differs from what the orders expected.
 */
export function RemittanceActions({ remittance }: { remittance: Remittance }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const change = useChangeRemittance();
  const [dialog, setDialog] = useState<'hand-in' | 'confirm'>();
  const [refusal, setRefusal] = useState<string>();

  const run = (step: RemittanceStep) => {
    setRefusal(undefined);
    change.mutate(
      { remittance, change: step },
      {
        onSuccess: (changed) => {
          void message.success(t('cod.actions.done', { status: t(`cod.statuses.${changed.status}`) }));
          setDialog(undefined);
        },
        onError: (error) => {
          setRefusal(codProblemMessage(t, error));
          setDialog(undefined);
        },
      },
    );
  };

  const canHandIn = remittance.status === 'awaiting_cash' && can('cod-remittances:write');
  const canConfirm = remittance.status === 'handed_in' && can('cod-remittances:confirm');
  const difference = remittance.difference ?? 0;
  return (
    <Flex vertical gap="small" align="end">
      <Flex gap="small" wrap data-testid="remittance-actions">
        {canHandIn && (
          <Button type="primary" onClick={() => setDialog('hand-in')}>
            {t('cod.actions.handIn')}
          </Button>
        )}
        {canConfirm && (
          <Button type="primary" onClick={() => setDialog('confirm')}>
            {t('cod.actions.confirm')}
          </Button>
        )}
      </Flex>
      {refusal && (
        <Alert
          type="error"
          showIcon
          closable
          role="alert"
          data-testid="remittance-refusal"
          title={t('cod.actions.refused')}
          description={refusal}
          onClose={() => setRefusal(undefined)}
        />
      )}
      <Modal
        open={dialog === 'hand-in'}
        title={t('cod.actions.handInTitle', { number: remittance.number })}
        okText={t('cod.actions.handIn')}
        okButtonProps={{ loading: change.isPending, htmlType: 'submit', form: 'hand-in' }}
        cancelText={t('common.close')}
        onCancel={() => setDialog(undefined)}
        destroyOnHidden
      >
        <Typography.Paragraph>
          {t('cod.actions.expected', { amount: formatMoney(remittance.expectedAmount) })}
        </Typography.Paragraph>
        <Form<HandInValues>
          name="hand-in"
          layout="vertical"
          preserve={false}
          onFinish={(values) =>
            run({
              step: 'hand-in',
              amount: yuanToMinorUnits(values.amount)!,
              note: values.note?.trim() || undefined,
            })
          }
        >
          <Form.Item name="amount" label={t('cod.fields.handedInAmount')} rules={yuanRules(t)}>
            <YuanInput autoFocus aria-label={t('cod.fields.handedInAmount')} />
          </Form.Item>
          <Form.Item name="note" label={t('cod.fields.note')}>
            <Input.TextArea maxLength={500} aria-label={t('cod.fields.note')} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={dialog === 'confirm'}
        title={t('cod.actions.confirmTitle', { number: remittance.number })}
        okText={t('cod.actions.confirm')}
        okButtonProps={{ loading: change.isPending, htmlType: 'submit', form: 'confirm-remittance' }}
        cancelText={t('common.close')}
        onCancel={() => setDialog(undefined)}
        destroyOnHidden
      >
        {difference === 0 ? (
          <Alert type="success" showIcon title={t('cod.actions.matches')} />
        ) : (
          <Alert
            type="warning"
            showIcon
            title={t('cod.actions.differs', {
              handedIn: formatMoney(remittance.handedInAmount ?? 0),
              expected: formatMoney(remittance.expectedAmount),
              difference: formatMoney(difference),
            })}
          />
        )}
        <Form<ConfirmValues>
          name="confirm-remittance"
          layout="vertical"
          preserve={false}
          style={{ marginTop: 16 }}
          onFinish={(values) =>
            run({
              step: 'confirm',
              reason: values.reason?.trim() || undefined,
              note: values.note?.trim() || undefined,
            })
          }
        >
          {difference !== 0 && (
            <Form.Item
              name="reason"
              label={t('cod.fields.discrepancyReason')}
              rules={[{ required: true, whitespace: true, message: t('cod.actions.reasonRequired') }]}
            >
              <Input.TextArea
                autoFocus
                maxLength={500}
                aria-label={t('cod.fields.discrepancyReason')}
                placeholder={t('cod.actions.reasonPlaceholder')}
              />
            </Form.Item>
          )}
          <Form.Item name="note" label={t('cod.fields.note')}>
            <Input.TextArea maxLength={1000} aria-label={t('cod.fields.note')} />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
