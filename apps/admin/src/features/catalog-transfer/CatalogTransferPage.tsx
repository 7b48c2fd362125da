import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Progress, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../shared/ui/PageHeader';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { problemMessage } from '../../shared/ui/problem-text';
import { pricingKeys } from '../pricing/pricing.api';
import { productKeys } from '../products/products.api';
import { downloadCatalogCsv, importCatalogCsv } from './catalog-transfer.api';
import { canApply, type ImportStep } from './import-steps';
import { ImportReportView } from './ImportReportView';

/** Catalog → Import & export: the CSV of every SKU and its prices, and bringing one back (dry run, then apply). */
export function CatalogTransferPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<ImportStep>({ kind: 'choose' });
  const [progress, setProgress] = useState<number>();
  const download = useMutation({ mutationFn: downloadCatalogCsv });
  const upload = useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) =>
      importCatalogCsv(file, dryRun, { onProgress: setProgress }),
    onSettled: () => setProgress(undefined),
  });

  const check = async (file: File) => {
    upload.reset();
    try {
      setStep({ kind: 'checked', file, report: await upload.mutateAsync({ file, dryRun: true }) });
    } catch {
      setStep({ kind: 'choose' });
    }
  };

  const apply = async () => {
    if (step.kind !== 'checked') return;
    try {
      const report = await upload.mutateAsync({ file: step.file, dryRun: false });
      setStep({ kind: 'applied', file: step.file, report });
      void message.success(t('catalogTransfer.import.appliedMessage'));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: productKeys.all }),
        queryClient.invalidateQueries({ queryKey: pricingKeys.all }),
      ]);
    } catch {
      // Shown below from upload.error (e.g. IMPORT_HAS_ERRORS if the catalog changed since the dry run).
    }
  };

  return (
    <Flex vertical gap="middle">
      <PageHeader title={t('catalogTransfer.title')} subtitle={t('catalogTransfer.subtitle')} />
      <Card title={t('catalogTransfer.export.title')}>
        <Flex vertical gap="small" align="start">
          <Typography.Text type="secondary">{t('catalogTransfer.export.text')}</Typography.Text>
          <Button
            icon={<DownloadOutlined />}
            loading={download.isPending}
            onClick={() =>
              download.mutate(undefined, {
                onSuccess: (name) => void message.success(t('catalogTransfer.export.done', { name })),
                onError: (error) => void message.error(problemMessage(t, error)),
              })
            }
          >
            {t('catalogTransfer.export.download')}
          </Button>
        </Flex>
      </Card>
      <Card title={t('catalogTransfer.import.title')}>
        <Flex vertical gap="middle">
          <Typography.Text type="secondary">{t('catalogTransfer.import.text')}</Typography.Text>
          <div data-testid="import-upload">
            <Upload.Dragger
              accept=".csv,text/csv"
              multiple={false}
              showUploadList={false}
              disabled={upload.isPending}
              beforeUpload={(file) => {
                void check(file);
                // We send it ourselves (dry run first): antd should not.
                return false;
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('catalogTransfer.import.drop')}</p>
              <p className="ant-upload-hint">{t('catalogTransfer.import.dropHint')}</p>
            </Upload.Dragger>
          </div>
          {progress !== undefined && (
            <Progress percent={progress} status="active" aria-label={t('catalogTransfer.import.uploading')} />
          )}
          {upload.isError && <ProblemAlert error={upload.error} />}
          {step.kind !== 'choose' && (
            <>
              <Typography.Text strong>
                {step.kind === 'checked'
                  ? t('catalogTransfer.import.checkedFile', { name: step.file.name })
                  : t('catalogTransfer.import.appliedFile', { name: step.file.name })}
              </Typography.Text>
              <ImportReportView report={step.report} />
            </>
          )}
          {step.kind === 'checked' && (
            <Flex gap="small" align="center" wrap>
              <Button
                type="primary"
                disabled={!canApply(step)}
                loading={upload.isPending}
                onClick={() => void apply()}
              >
                {t('catalogTransfer.import.apply')}
              </Button>
              {!canApply(step) && (
                <Typography.Text type="secondary">
                  {step.report.errors.length > 0
                    ? t('catalogTransfer.import.fixFirst')
                    : t('catalogTransfer.import.nothing')}
                </Typography.Text>
              )}
            </Flex>
          )}
        </Flex>
      </Card>
    </Flex>
  );
}
