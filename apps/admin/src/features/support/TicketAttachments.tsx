import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Flex, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { supportProblemMessage } from './support-problems';
import { attachmentsQuery, downloadAttachment, supportKeys, uploadAttachment } from './support.api';

/** The ticket's files: the customer's photos and documents, uploaded and downloaded with the agent's session. */
export function TicketAttachments({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const queryClient = useQueryClient();
  const attachments = useQuery(attachmentsQuery(ticketId));
  const [uploading, setUploading] = useState(false);

  const upload = async (file: File) => {
    setUploading(true);
    try {
      const saved = await uploadAttachment(ticketId, file);
      void message.success(t('support.attachments.uploaded', { name: saved.fileName }));
      void queryClient.invalidateQueries({ queryKey: supportKeys.ticket(ticketId) });
    } catch (error) {
      void message.error(supportProblemMessage(t, error));
    } finally {
      setUploading(false);
    }
  };

  if (attachments.isError)
    return <QueryProblem error={attachments.error} onRetry={() => void attachments.refetch()} />;
  const files = attachments.data ?? [];
  return (
    <Flex vertical gap="small" data-testid="ticket-attachments">
      {files.length === 0 && !attachments.isPending && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('support.attachments.empty')} />
      )}
      {files.map((file) => (
        <Flex key={file.id} justify="space-between" align="center" gap="small">
          <Typography.Text ellipsis={{ tooltip: file.fileName }} style={{ maxWidth: 220 }}>
            {file.fileName}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('support.attachments.size', { size: Math.max(1, Math.round(file.bytes / 1024)) })}
          </Typography.Text>
          <Button
            size="small"
            icon={<DownloadOutlined />}
            aria-label={`${t('support.attachments.download')} ${file.fileName}`}
            onClick={() =>
              void downloadAttachment(file).catch((error: unknown) =>
                message.error(supportProblemMessage(t, error)),
              )
            }
          />
        </Flex>
      ))}
      {can('tickets:write') && (
        <Upload
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={uploading}>
            {t('support.attachments.upload')}
          </Button>
        </Upload>
      )}
    </Flex>
  );
}
