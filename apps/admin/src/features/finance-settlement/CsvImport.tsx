import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Progress, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/problem';
import type { UploadOptions } from '../../shared/transfer/authorized-transfer';
import { settlementProblemMessage } from './settlement-problems';

interface CsvImportProps<Report> {
  label: string;
  hint: string;
  refusedTitle: string;
  testId: string;
  disabled?: boolean;
  upload(file: File, options: UploadOptions): Promise<Report>;
  /** The one line that says what the import did. */
  describe(report: Report): string;
}

/**
 * Choose a CSV, watch it go up (a day's statement runs to tens of megabytes), then read what the import did:
 * or why the whole file was refused, line by line.
 */
export function CsvImport<Report>({
  label,
  hint,
  refusedTitle,
  testId,
  disabled,
  upload,
  describe,
}: CsvImportProps<Report>) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<number>();
  const [outcome, setOutcome] = useState<{ report: Report } | { error: unknown }>();

  const send = async (file: File) => {
    setOutcome(undefined);
    setProgress(0);
    try {
      setOutcome({ report: await upload(file, { onProgress: setProgress }) });
    } catch (error) {
      setOutcome({ error });
    } finally {
      setProgress(undefined);
    }
  };

  const problem = outcome && 'error' in outcome ? outcome.error : undefined;
  return (
    <Flex vertical gap="small" data-testid={testId}>
      <Flex gap="small" align="center" wrap>
        <Upload
          accept=".csv,text/csv"
          multiple={false}
          showUploadList={false}
          disabled={disabled || progress !== undefined}
          beforeUpload={(file) => {
            void send(file);
            // We send it ourselves, with the session's token and progress: antd should not.
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={progress !== undefined} disabled={disabled}>
            {label}
          </Button>
        </Upload>
        <Typography.Text type="secondary">{hint}</Typography.Text>
      </Flex>
      {progress !== undefined && (
        <Progress percent={progress} status="active" aria-label={t('financeSettlement.website.uploading')} />
      )}
      {outcome && 'report' in outcome && (
        <Alert type="success" showIcon closable role="status" title={describe(outcome.report)} />
      )}
      {problem !== undefined && (
        <Alert
          type="error"
          showIcon
          closable
          role="alert"
          title={refusedTitle}
          description={
            <>
              <div>{settlementProblemMessage(t, problem)}</div>
              {problem instanceof ApiProblem && problem.errors.length > 0 && (
                <ul style={{ margin: '4px 0', paddingInlineStart: 20 }}>
                  {problem.errors.map((error) => (
                    <li key={`${error.field}:${error.message}`}>
                      {error.field}: {error.message}
                    </li>
                  ))}
                </ul>
              )}
            </>
          }
        />
      )}
    </Flex>
  );
}
