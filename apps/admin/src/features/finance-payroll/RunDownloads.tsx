import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { downloadBankFile, downloadSheet, type PayrollRun } from './payroll.api';
import { payrollProblemMessage } from './payroll-problems';

/** The payroll sheet (XLSX) once calculated; the bank payment file once approved, for whoever pays. */
export function RunDownloads({ run }: { run: PayrollRun }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const [busy, setBusy] = useState<'sheet' | 'bank'>();
  const fetchFile = async (which: 'sheet' | 'bank') => {
    setBusy(which);
    try {
      await (which === 'sheet' ? downloadSheet(run) : downloadBankFile(run));
    } catch (error) {
      void message.error(payrollProblemMessage(t, error));
    } finally {
      setBusy(undefined);
    }
  };
  const sheet = run.status !== 'draft' && can('payslips:read');
  const bank = ['approved', 'paid'].includes(run.status) && can('payroll-runs:pay');
  if (!sheet && !bank) return null;
  return (
    <Space wrap>
      {sheet && (
        <Button
          icon={<DownloadOutlined />}
          loading={busy === 'sheet'}
          onClick={() => void fetchFile('sheet')}
        >
          {t('financePayroll.run.downloadSheet')}
        </Button>
      )}
      {bank && (
        <Button icon={<DownloadOutlined />} loading={busy === 'bank'} onClick={() => void fetchFile('bank')}>
          {t('financePayroll.run.downloadBankFile')}
        </Button>
      )}
    </Space>
  );
}
