import { Alert, App, Button, DatePicker, Flex, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { yuanToMinorUnits } from '../../shared/money/money';
import { YuanInput, yuanRules } from '../../shared/money/YuanInput';
import { chinaToday } from '../finance-ledger/ledger.api';
import { ledgerProblemMessage } from '../finance-ledger/ledger-problems';
import type { FixedAsset } from './assets.api';
import { CustodianSelect } from './custodians';
import { useChangeAsset, type AssetStep } from './use-asset-mutations';

interface TransferValues {
  toEmployeeId: string;
  toLocation?: string;
  transferredOn: Dayjs;
  reason: string;
}

interface DisposeValues {
  disposedOn: Dayjs;
  proceeds: string;
  reason: string;
}

/** An asset in service can change hands (调拨) or leave the books (处置: sold or scrapped). */
export function AssetActions({ asset }: { asset: FixedAsset }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const change = useChangeAsset();
  const [dialog, setDialog] = useState<'transfer' | 'dispose'>();
  const [refusal, setRefusal] = useState<string>();

  const run = (step: AssetStep, done: string) => {
    setRefusal(undefined);
    change.mutate(
      { asset, change: step },
      {
        onSuccess: () => {
          void message.success(done);
          setDialog(undefined);
        },
        onError: (error) => {
          setRefusal(ledgerProblemMessage(t, error));
          setDialog(undefined);
        },
      },
    );
  };

  if (asset.status !== 'in_service' || !can('fixed-assets:write')) return null;
  const today = dayjs(chinaToday());
  const required = (message: string) => [{ required: true, whitespace: true, message }];
  return (
    <Flex vertical gap="small" align="end">
      <Flex gap="small" data-testid="asset-actions">
        <Button onClick={() => setDialog('transfer')}>{t('financeLedger.assets.transfer.action')}</Button>
        <Button danger onClick={() => setDialog('dispose')}>
          {t('financeLedger.assets.dispose.action')}
        </Button>
      </Flex>
      {refusal && (
        <Alert
          type="error"
          showIcon
          closable
          role="alert"
          title={t('financeLedger.assets.refused')}
          description={refusal}
          onClose={() => setRefusal(undefined)}
        />
      )}
      <Modal
        open={dialog === 'transfer'}
        title={t('financeLedger.assets.transfer.title', { number: asset.number })}
        okText={t('financeLedger.assets.transfer.action')}
        okButtonProps={{ loading: change.isPending, htmlType: 'submit', form: 'transfer-asset' }}
        cancelText={t('common.cancel')}
        onCancel={() => setDialog(undefined)}
        destroyOnHidden
      >
        <Form<TransferValues>
          name="transfer-asset"
          layout="vertical"
          preserve={false}
          initialValues={{ transferredOn: today }}
          onFinish={(v) =>
            run(
              {
                step: 'transfer',
                input: {
                  toEmployeeId: v.toEmployeeId,
                  toLocation: v.toLocation?.trim() || undefined,
                  transferredOn: v.transferredOn.format('YYYY-MM-DD'),
                  reason: v.reason.trim(),
                },
              },
              t('financeLedger.assets.transfer.done'),
            )
          }
        >
          <Form.Item
            name="toEmployeeId"
            label={t('financeLedger.assets.transfer.toEmployee')}
            rules={[{ required: true, message: t('financeLedger.assets.transfer.employeeRequired') }]}
          >
            <CustodianSelect aria-label={t('financeLedger.assets.transfer.toEmployee')} />
          </Form.Item>
          <Form.Item
            name="toLocation"
            label={t('financeLedger.assets.transfer.toLocation')}
            extra={t('financeLedger.assets.transfer.toLocationHint')}
          >
            <Input
              aria-label={t('financeLedger.assets.transfer.toLocation')}
              placeholder={asset.location}
              maxLength={100}
            />
          </Form.Item>
          <Form.Item
            name="transferredOn"
            label={t('financeLedger.assets.transfer.date')}
            rules={[{ required: true, message: t('financeLedger.assets.transfer.dateRequired') }]}
          >
            <DatePicker aria-label={t('financeLedger.assets.transfer.date')} allowClear={false} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('financeLedger.assets.transfer.reason')}
            rules={required(t('financeLedger.assets.transfer.reasonRequired'))}
          >
            <Input aria-label={t('financeLedger.assets.transfer.reason')} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={dialog === 'dispose'}
        title={t('financeLedger.assets.dispose.title', { number: asset.number })}
        okText={t('financeLedger.assets.dispose.action')}
        okButtonProps={{ danger: true, loading: change.isPending, htmlType: 'submit', form: 'dispose-asset' }}
        cancelText={t('common.cancel')}
        onCancel={() => setDialog(undefined)}
        destroyOnHidden
      >
        <Form<DisposeValues>
          name="dispose-asset"
          layout="vertical"
          preserve={false}
          initialValues={{ disposedOn: today, proceeds: '0' }}
          onFinish={(v) =>
            run(
              {
                step: 'dispose',
                input: {
                  disposedOn: v.disposedOn.format('YYYY-MM-DD'),
                  proceeds: yuanToMinorUnits(v.proceeds)!,
                  reason: v.reason.trim(),
                },
              },
              t('financeLedger.assets.dispose.done'),
            )
          }
        >
          <Form.Item
            name="disposedOn"
            label={t('financeLedger.assets.dispose.date')}
            rules={[{ required: true, message: t('financeLedger.assets.dispose.dateRequired') }]}
          >
            <DatePicker aria-label={t('financeLedger.assets.dispose.date')} allowClear={false} />
          </Form.Item>
          <Form.Item
            name="proceeds"
            label={t('financeLedger.assets.dispose.proceeds')}
            extra={t('financeLedger.assets.dispose.proceedsHint')}
            rules={yuanRules(t)}
          >
            <YuanInput aria-label={t('financeLedger.assets.dispose.proceeds')} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('financeLedger.assets.dispose.reason')}
            rules={required(t('financeLedger.assets.dispose.reasonRequired'))}
          >
            <Input aria-label={t('financeLedger.assets.dispose.reason')} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
