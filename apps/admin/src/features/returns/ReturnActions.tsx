import { Alert, App, Button, Flex, Form, Input, Modal, Popconfirm, Radio, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import type { OrderLine } from '../orders/orders.api';
import { returnSteps, type ReturnAction } from './return-actions';
import { returnProblemMessage } from './return-problems';
import type { Disposition, ReturnLine, ReturnRequest, ReturnStep } from './returns.api';
import { useChangeReturn } from './use-return-mutations';

interface ExchangeValues {
  carrier: string;
  trackingNumber: string;
}

/**
 * A return's next steps as buttons, sent with the version read (If-Match): rejecting asks for a reason,
 * inspecting for restock or scrap on every line, an exchange for the replacement's carrier and tracking;
 * approve, receive and refund for a confirmation. A refusal stays on the page until the next try.
 */
export function ReturnActions({
  request,
  skuOf,
}: {
  request: ReturnRequest;
  skuOf(line: ReturnLine): OrderLine | undefined;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const change = useChangeReturn();
  const [dialog, setDialog] = useState<'reject' | 'inspect' | 'exchange'>();
  const [refusal, setRefusal] = useState<string>();
  const [reason, setReason] = useState('');
  const [dispositions, setDispositions] = useState<Record<string, Disposition>>({});

  const run = (step: ReturnStep) => {
    setRefusal(undefined);
    change.mutate(
      { request, change: step },
      {
        onSuccess: (changed) => {
          void message.success(
            t('returns.actions.done', { status: t(`returns.statuses.${changed.status}`) }),
          );
          setDialog(undefined);
        },
        onError: (error) => {
          setRefusal(returnProblemMessage(t, error));
          setDialog(undefined);
        },
      },
    );
  };
  const inspect = () =>
    run({
      step: 'inspect',
      lines: request.lines.map((line) => ({
        returnLineId: line.id,
        disposition: dispositions[line.id] ?? 'restock',
      })),
    });

  const steps = returnSteps(request.status, request.kind, can);
  const button = (step: ReturnAction) => {
    if (step === 'reject' || step === 'inspect' || step === 'exchange')
      return (
        <Button
          key={step}
          danger={step === 'reject'}
          type={step === 'reject' ? 'default' : 'primary'}
          onClick={() => setDialog(step)}
        >
          {t(`returns.actions.${step}`)}
        </Button>
      );
    return (
      <Popconfirm
        key={step}
        title={t(`returns.actions.${step}Confirm`)}
        okText={t(`returns.actions.${step}`)}
        cancelText={t('common.cancel')}
        onConfirm={() => run({ step })}
      >
        <Button type="primary" loading={change.isPending}>
          {t(`returns.actions.${step}`)}
        </Button>
      </Popconfirm>
    );
  };

  return (
    <Flex vertical gap="small" align="end">
      {steps.length > 0 && (
        <Flex gap="small" wrap data-testid="return-actions">
          {steps.map(button)}
        </Flex>
      )}
      {refusal && (
        <Alert
          type="error"
          showIcon
          closable
          role="alert"
          data-testid="return-refusal"
          title={t('returns.actions.refused')}
          description={refusal}
          onClose={() => setRefusal(undefined)}
        />
      )}
      <Modal
        open={dialog === 'reject'}
        title={t('returns.actions.rejectTitle', { number: request.number })}
        okText={t('returns.actions.reject')}
        okButtonProps={{ danger: true, loading: change.isPending, disabled: !reason.trim() }}
        cancelText={t('common.close')}
        onOk={() => run({ step: 'reject', reason: reason.trim() })}
        onCancel={() => setDialog(undefined)}
        destroyOnHidden
      >
        <Input.TextArea
          aria-label={t('returns.fields.rejectReason')}
          placeholder={t('returns.actions.rejectReasonPlaceholder')}
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          autoFocus
        />
      </Modal>
      <Modal
        open={dialog === 'inspect'}
        title={t('returns.actions.inspectTitle', { number: request.number })}
        okText={t('returns.actions.inspect')}
        okButtonProps={{ loading: change.isPending }}
        cancelText={t('common.close')}
        onOk={inspect}
        onCancel={() => setDialog(undefined)}
        width={640}
        destroyOnHidden
      >
        <Table<ReturnLine>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={request.lines}
          columns={[
            {
              key: 'sku',
              title: t('orders.fields.sku'),
              render: (_, line) => {
                const sku = skuOf(line);
                return sku ? `${sku.skuCode} · ${sku.productName}` : line.skuId;
              },
            },
            { key: 'quantity', title: t('orders.fields.quantity'), render: (_, line) => line.quantity },
            {
              key: 'disposition',
              title: t('returns.fields.disposition'),
              render: (_, line) => (
                <Radio.Group
                  aria-label={t('returns.fields.disposition')}
                  value={dispositions[line.id] ?? 'restock'}
                  onChange={(event) =>
                    setDispositions((current) => ({
                      ...current,
                      [line.id]: event.target.value as Disposition,
                    }))
                  }
                  options={[
                    { value: 'restock', label: t('returns.dispositions.restock') },
                    { value: 'scrap', label: t('returns.dispositions.scrap') },
                  ]}
                />
              ),
            },
          ]}
        />
      </Modal>
      <Modal
        open={dialog === 'exchange'}
        title={t('returns.actions.exchangeTitle', { number: request.number })}
        okText={t('returns.actions.exchange')}
        okButtonProps={{ loading: change.isPending, htmlType: 'submit', form: 'exchange-return' }}
        cancelText={t('common.close')}
        onCancel={() => setDialog(undefined)}
        destroyOnHidden
      >
        <Form<ExchangeValues>
          name="exchange-return"
          layout="vertical"
          preserve={false}
          onFinish={(values) =>
            run({
              step: 'exchange',
              carrier: values.carrier.trim(),
              trackingNumber: values.trackingNumber.trim(),
            })
          }
        >
          <Form.Item
            name="carrier"
            label={t('orders.shipment.carrier')}
            rules={[{ required: true, whitespace: true, message: t('orders.shipment.carrierRequired') }]}
          >
            <Input autoFocus maxLength={60} placeholder={t('orders.shipment.carrierPlaceholder')} />
          </Form.Item>
          <Form.Item
            name="trackingNumber"
            label={t('orders.shipment.trackingNumber')}
            rules={[{ required: true, whitespace: true, message: t('orders.shipment.trackingRequired') }]}
          >
            <Input maxLength={60} />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
