import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import { App, Button, Empty, Flex, Typography, Upload } from 'antd';
import { useState } from 'react';
import { QueryProblem } from './QueryProblem';

export interface Attachment {
  id: string;
  fileName: string;
  bytes: number;
}

/** The words of one document's panel (a contract's files, a claim's receipts), already translated. */
export interface AttachmentLabels {
  empty: string;
  upload: string;
  download: string;
  /** What may be uploaded, said to a person. */
  accept: string;
  size(kilobytes: number): string;
  uploaded(fileName: string): string;
}

/**
 * The files kept with a business document: listed with their size, each downloadable; those who may add one get
 * an upload button (the file goes up as soon as it is chosen) with what is accepted.
 */
export function AttachmentsPanel<File extends Attachment>(props: {
  testId: string;
  files: UseQueryResult<File[]>;
  labels: AttachmentLabels;
  /** MIME types the file picker offers. */
  accept: string;
  upload?(file: globalThis.File): Promise<File>;
  download(file: File): Promise<unknown>;
  onUploaded?(): void;
  problemMessage(error: unknown): string;
}) {
  const { files, labels, upload } = props;
  const { message } = App.useApp();
  const [uploading, setUploading] = useState(false);

  const send = async (file: globalThis.File) => {
    if (!upload) return;
    setUploading(true);
    try {
      const saved = await upload(file);
      void message.success(labels.uploaded(saved.fileName));
      props.onUploaded?.();
    } catch (error) {
      void message.error(props.problemMessage(error));
    } finally {
      setUploading(false);
    }
  };

  if (files.isError) return <QueryProblem error={files.error} onRetry={() => void files.refetch()} />;
  const rows = files.data ?? [];
  return (
    <Flex vertical gap="small" data-testid={props.testId}>
      {rows.length === 0 && !files.isPending && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={labels.empty} />
      )}
      {rows.map((file) => (
        <Flex key={file.id} justify="space-between" align="center" gap="small">
          <Typography.Text ellipsis={{ tooltip: file.fileName }} style={{ maxWidth: 260 }}>
            {file.fileName}
          </Typography.Text>
          <Typography.Text type="secondary">
            {labels.size(Math.max(1, Math.round(file.bytes / 1024)))}
          </Typography.Text>
          <Button
            size="small"
            icon={<DownloadOutlined />}
            aria-label={`${labels.download} ${file.fileName}`}
            onClick={() =>
              void props.download(file).catch((error: unknown) => message.error(props.problemMessage(error)))
            }
          />
        </Flex>
      ))}
      {upload && (
        <Flex vertical gap={4}>
          <Upload
            accept={props.accept}
            showUploadList={false}
            beforeUpload={(file) => {
              void send(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={uploading}>
              {labels.upload}
            </Button>
          </Upload>
          <Typography.Text type="secondary">{labels.accept}</Typography.Text>
        </Flex>
      )}
    </Flex>
  );
}
