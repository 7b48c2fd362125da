import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Form, Input, Table, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../../auth/use-session';
import { hrTimeProblemMessage } from '../shared/hr-time-problems';
import { attendanceKeys, importClockRecords, type ClockImportResult } from './attendance.api';

const EXAMPLE = 'employeeNumber,clockedAt\nE00001,2026-10-09 08:55\nE00001,2026-10-09 18:02';

/** 打卡记录导入: paste or pick the clock system's CSV; good rows are kept and bad ones listed by line to fix. */
export function ClockImport() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ csv: string }>();
  const upload = useMutation({
    mutationFn: (csv: string) => importClockRecords(csv),
    onSuccess: (result) => {
      void message.success(t('hrTime.clock.imported', { count: result.imported }));
      void queryClient.invalidateQueries({ queryKey: attendanceKeys.all });
    },
    onError: (error) => void message.error(hrTimeProblemMessage(t, error)),
  });
  if (!can('clock-records:write')) return <Alert type="info" showIcon title={t('hrTime.clock.noAccess')} />;
  return (
    <Flex vertical gap="middle">
      <Typography.Text type="secondary">{t('hrTime.clock.help')}</Typography.Text>
      <Form form={form} layout="vertical" onFinish={(values) => upload.mutate(values.csv)}>
        <Form.Item
          name="csv"
          label={t('hrTime.clock.csv')}
          rules={[{ required: true, whitespace: true, message: t('hrTime.clock.csvRequired') }]}
        >
          <Input.TextArea
            rows={8}
            placeholder={EXAMPLE}
            spellCheck={false}
            style={{ fontFamily: 'monospace' }}
          />
        </Form.Item>
        <Flex gap="small">
          <Upload
            accept=".csv,text/csv"
            showUploadList={false}
            beforeUpload={(file) => {
              // Read the file here and let the person look at it before sending: nothing is uploaded yet.
              void file.text().then((csv) => form.setFieldsValue({ csv }));
              return false;
            }}
          >
            <Button icon={<UploadOutlined />}>{t('hrTime.clock.pickFile')}</Button>
          </Upload>
          <Button type="primary" htmlType="submit" loading={upload.isPending}>
            {t('hrTime.clock.import')}
          </Button>
        </Flex>
      </Form>
      {upload.data && <ImportReport result={upload.data} />}
    </Flex>
  );
}

function ImportReport({ result }: { result: ClockImportResult }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap="small" data-testid="clock-import-report">
      <Alert
        type={result.errors.length ? 'warning' : 'success'}
        showIcon
        title={t('hrTime.clock.report', {
          imported: result.imported,
          duplicates: result.duplicates,
          errors: result.errors.length,
        })}
      />
      {result.errors.length > 0 && (
        <Table
          size="small"
          rowKey={(e) => `${e.line}-${e.field}`}
          pagination={false}
          dataSource={result.errors}
          columns={[
            { key: 'line', title: t('hrTime.clock.line'), render: (_, e) => e.line },
            { key: 'field', title: t('hrTime.clock.field'), render: (_, e) => e.field },
            { key: 'message', title: t('hrTime.clock.message'), render: (_, e) => e.message },
          ]}
        />
      )}
    </Flex>
  );
}
