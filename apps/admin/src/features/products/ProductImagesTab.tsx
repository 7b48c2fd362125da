import {
  ArrowLeftOutlined,
  ArrowRightOutlined,
  DeleteOutlined,
  InboxOutlined,
  StarOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Image,
  Popconfirm,
  Tag,
  Tooltip,
  Typography,
  Upload,
  type UploadFile,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../shared/ui/problem-text';
import { movedImageIds } from './image-order';
import type { Product } from './products.api';
import { useImageActions, useUploadImage } from './use-product-mutations';

interface FailedUpload {
  uid: string;
  name: string;
  message: string;
}

/** Photos of the product in order: upload (drag or pick), move, make main, remove. */
export function ProductImagesTab({ product, readOnly }: { product: Product; readOnly: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const upload = useUploadImage(product.id);
  const actions = useImageActions(product.id);
  const [failed, setFailed] = useState<FailedUpload[]>([]);
  const [inFlight, setInFlight] = useState<UploadFile[]>([]);
  const images = [...product.images].sort((a, b) => a.position - b.position);
  const busy = actions.reorder.isPending || actions.makeMain.isPending || actions.remove.isPending;

  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
    } catch (error) {
      void message.error(problemMessage(t, error));
    }
  };

  return (
    <Flex vertical gap="middle">
      {!readOnly && (
        <div data-testid="image-upload">
          <Upload.Dragger
            name="file"
            multiple
            accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
            customRequest={({ file, onProgress, onSuccess, onError }) => {
              const blob = file as File;
              upload
                .mutateAsync({ file: blob, onProgress: (percent) => onProgress?.({ percent }) })
                .then((image) => {
                  onSuccess?.(image);
                  void message.success(t('products.images.uploaded', { name: blob.name }));
                })
                .catch((error: unknown) => {
                  onError?.(error as Error);
                  setFailed((list) => [
                    ...list,
                    {
                      uid: (file as { uid: string }).uid,
                      name: blob.name,
                      message: problemMessage(t, error),
                    },
                  ]);
                });
            }}
            // The list shows uploads in progress; finished ones appear below as images, failed ones as alerts.
            fileList={inFlight}
            onChange={({ fileList }) => setInFlight(fileList.filter((f) => f.status === 'uploading'))}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('products.images.drop')}</p>
            <p className="ant-upload-hint">{t('products.images.dropHint')}</p>
          </Upload.Dragger>
        </div>
      )}
      {failed.map((failure) => (
        <Alert
          key={failure.uid}
          type="error"
          showIcon
          closable={{ onClose: () => setFailed((list) => list.filter((f) => f.uid !== failure.uid)) }}
          data-testid="image-upload-error"
          title={t('products.images.failed', { name: failure.name })}
          description={failure.message}
        />
      ))}
      {images.length === 0 ? (
        <Empty description={t('products.images.none')} />
      ) : (
        <Flex gap="middle" wrap data-testid="product-images">
          {images.map((image, index) => (
            <Card
              key={image.id}
              size="small"
              style={{ width: 188 }}
              cover={
                <Image
                  src={image.urls.medium}
                  preview={{ src: image.urls.large }}
                  alt={t('products.images.alt', { n: index + 1 })}
                  height={160}
                  style={{ objectFit: 'contain', background: '#fafafa' }}
                />
              }
              actions={
                readOnly
                  ? undefined
                  : [
                      <Tooltip key="left" title={t('products.images.moveEarlier')}>
                        <Button
                          type="text"
                          size="small"
                          aria-label={t('products.images.moveEarlier')}
                          icon={<ArrowLeftOutlined />}
                          disabled={busy || index === 0}
                          onClick={() =>
                            void run(() => actions.reorder.mutateAsync(movedImageIds(images, image.id, -1)))
                          }
                        />
                      </Tooltip>,
                      <Tooltip key="right" title={t('products.images.moveLater')}>
                        <Button
                          type="text"
                          size="small"
                          aria-label={t('products.images.moveLater')}
                          icon={<ArrowRightOutlined />}
                          disabled={busy || index === images.length - 1}
                          onClick={() =>
                            void run(() => actions.reorder.mutateAsync(movedImageIds(images, image.id, 1)))
                          }
                        />
                      </Tooltip>,
                      <Tooltip key="main" title={t('products.images.makeMain')}>
                        <Button
                          type="text"
                          size="small"
                          aria-label={t('products.images.makeMain')}
                          icon={<StarOutlined />}
                          disabled={busy || image.isMain}
                          onClick={() => void run(() => actions.makeMain.mutateAsync(image.id))}
                        />
                      </Tooltip>,
                      <Popconfirm
                        key="delete"
                        title={t('products.images.removeTitle')}
                        onConfirm={() => run(() => actions.remove.mutateAsync(image.id))}
                      >
                        <Button
                          type="text"
                          size="small"
                          danger
                          aria-label={t('products.images.remove')}
                          icon={<DeleteOutlined />}
                          disabled={busy}
                        />
                      </Popconfirm>,
                    ]
              }
            >
              <Flex justify="space-between" align="center">
                <Typography.Text type="secondary">
                  {index + 1} · {image.width}×{image.height}
                </Typography.Text>
                {image.isMain && <Tag color="gold">{t('products.images.main')}</Tag>}
              </Flex>
            </Card>
          ))}
        </Flex>
      )}
    </Flex>
  );
}
