import { Alert, DatePicker, Form, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../shared/money/money';
import { chinaMonth } from '../finance-ledger/ledger.api';
import { ledgerProblemMessage } from '../finance-ledger/ledger-problems';
import { useRunDepreciation } from './use-asset-mutations';

/** 计提折旧 for a month: safe to run twice, the API depreciates each asset once a month. */
export function DepreciationModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const run = useRunDepreciation();
  const [outcome, setOutcome] = useState<{ type: 'success' | 'error'; text: string }>();

  const submit = ({ month }: { month: Dayjs }) => {
    setOutcome(undefined);
    run.mutate(month.format('YYYY-MM'), {
      onSuccess: (result) =>
        setOutcome({
          type: 'success',
          text: t('financeLedger.assets.depreciation.done', {
            period: result.period,
            count: result.assetsDepreciated,
            amount: formatMoney(result.amount),
            already: result.alreadyDone,
          }),
        }),
      onError: (error) => setOutcome({ type: 'error', text: ledgerProblemMessage(t, error) }),
    });
  };

  return (
    <Modal
      open={open}
      title={t('financeLedger.assets.depreciation.title')}
      okText={t('financeLedger.assets.depreciation.submit')}
      okButtonProps={{ loading: run.isPending, htmlType: 'submit', form: 'run-depreciation' }}
      cancelText={t('common.close')}
      onCancel={() => {
        setOutcome(undefined);
        onClose();
      }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('financeLedger.assets.depreciation.hint')}
      </Typography.Paragraph>
      <Form<{ month: Dayjs }>
        name="run-depreciation"
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={{ month: dayjs(`${chinaMonth()}-01`) }}
      >
        <Form.Item
          name="month"
          label={t('financeLedger.assets.depreciation.period')}
          rules={[{ required: true }]}
        >
          <DatePicker
            picker="month"
            aria-label={t('financeLedger.assets.depreciation.period')}
            allowClear={false}
          />
        </Form.Item>
      </Form>
      {outcome && <Alert type={outcome.type} showIcon role="status" title={outcome.text} />}
    </Modal>
  );
}
