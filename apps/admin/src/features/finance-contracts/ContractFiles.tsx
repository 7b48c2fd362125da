import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Flex, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { contractProblemMessage } from './contract-problems';
import { contractFilesQuery, contractKeys, downloadContractFile, uploadContractFile } from './contracts.api';

const ACCEPT = 'image/jpeg,image/png,image/webp,application/pdf';

/** The signed contract and its supplements: finance uploads them; every reader downloads them. */
export function ContractFiles({ contractId, canUpload }: { contractId: string; canUpload: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const files = useQuery(contractFilesQuery(contractId));
  const [uploading, setUploading] = useState(false);

  const upload = async (file: File) => {
    setUploading(true);
    try {
      const saved = await uploadContractFile(contractId, file);
      void message.success(t('financeContracts.files.uploaded', { name: saved.fileName }));
      // The history gains a "file attached" entry too.
      void queryClient.invalidateQueries({ queryKey: contractKeys.contract(contractId) });
    } catch (error) {
      void message.error(contractProblemMessage(t, error));
    } finally {
      setUploading(false);
    }
  };

  if (files.isError) return <QueryProblem error={files.error} onRetry={() => void files.refetch()} />;
  const rows = files.data ?? [];
  return (
    <Flex vertical gap="small" data-testid="contract-files">
      {rows.length === 0 && !files.isPending && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('financeContracts.files.empty')} />
      )}
      {rows.map((file) => (
        <Flex key={file.id} justify="space-between" align="center" gap="small">
          <Typography.Text ellipsis={{ tooltip: file.fileName }} style={{ maxWidth: 260 }}>
            {file.fileName}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('financeContracts.files.size', { size: Math.max(1, Math.round(file.bytes / 1024)) })}
          </Typography.Text>
          <Button
            size="small"
            icon={<DownloadOutlined />}
            aria-label={`${t('financeContracts.files.download')} ${file.fileName}`}
            onClick={() =>
              void downloadContractFile(file).catch((error: unknown) =>
                message.error(contractProblemMessage(t, error)),
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
              {t('financeContracts.files.upload')}
            </Button>
          </Upload>
          <Typography.Text type="secondary">{t('financeContracts.files.accept')}</Typography.Text>
        </Flex>
      )}
    </Flex>
  );
}
