import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Flex, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { expenseProblemMessage } from './expense-problems';
import { claimReceiptsQuery, downloadReceipt, expenseKeys, uploadReceipt } from './expenses.api';

const ACCEPT = 'image/jpeg,image/png,image/webp,image/heic,application/pdf';

/** The claim's receipts (发票/收据): the claimant uploads them; everyone who sees the claim downloads them. */
export function ClaimReceipts({ claimId, canUpload }: { claimId: string; canUpload: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const receipts = useQuery(claimReceiptsQuery(claimId));
  const [uploading, setUploading] = useState(false);

  const upload = async (file: File) => {
    setUploading(true);
    try {
      const saved = await uploadReceipt(claimId, file);
      void message.success(t('financeExpenses.receipts.uploaded', { name: saved.fileName }));
      // The history gains a "receipt attached" entry too.
      void queryClient.invalidateQueries({ queryKey: expenseKeys.claim(claimId) });
    } catch (error) {
      void message.error(expenseProblemMessage(t, error));
    } finally {
      setUploading(false);
    }
  };

  if (receipts.isError)
    return <QueryProblem error={receipts.error} onRetry={() => void receipts.refetch()} />;
  const files = receipts.data ?? [];
  return (
    <Flex vertical gap="small" data-testid="claim-receipts">
      {files.length === 0 && !receipts.isPending && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('financeExpenses.receipts.empty')} />
      )}
      {files.map((file) => (
        <Flex key={file.id} justify="space-between" align="center" gap="small">
          <Typography.Text ellipsis={{ tooltip: file.fileName }} style={{ maxWidth: 260 }}>
            {file.fileName}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('financeExpenses.receipts.size', { size: Math.max(1, Math.round(file.bytes / 1024)) })}
          </Typography.Text>
          <Button
            size="small"
            icon={<DownloadOutlined />}
            aria-label={`${t('financeExpenses.receipts.download')} ${file.fileName}`}
            onClick={() =>
              void downloadReceipt(file).catch((error: unknown) =>
                message.error(expenseProblemMessage(t, error)),
              )
            }
          />
        </Flex>
      ))}
      {canUpload && (
        <Flex vertical gap={4}>
          <Upload
            accept={ACCEPT}
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={uploading}>
              {t('financeExpenses.receipts.upload')}
            </Button>
          </Upload>
          <Typography.Text type="secondary">{t('financeExpenses.receipts.accept')}</Typography.Text>
        </Flex>
      )}
    </Flex>
  );
}
