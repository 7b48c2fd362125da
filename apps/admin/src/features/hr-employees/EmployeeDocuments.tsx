import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Input, Select, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { problemMessage } from '../../shared/ui/problem-text';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import {
  CONFIDENTIALITY_LEVELS,
  DOCUMENT_KINDS,
  downloadEmployeeDocument,
  employeeDocumentsQuery,
  employeeKeys,
  uploadEmployeeDocument,
  type Confidentiality,
  type EmployeeDocument,
} from './employees.api';

const LEVEL_COLORS: Record<Confidentiality, string> = {
  internal: 'default',
  confidential: 'orange',
  secret: 'red',
};

/**
 * The file's documents at the levels the caller may read (the API leaves out the rest), each downloaded with
 * the session; HR uploads with a kind, a title and a confidentiality level.
 */
export function EmployeeDocuments({ employeeId }: { employeeId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const queryClient = useQueryClient();
  const documents = useQuery(employeeDocumentsQuery(employeeId));
  const [kind, setKind] = useState<string>('contract');
  const [title, setTitle] = useState('');
  const [level, setLevel] = useState<Confidentiality>('internal');
  const [uploading, setUploading] = useState(false);

  const upload = async (file: File) => {
    setUploading(true);
    try {
      const saved = await uploadEmployeeDocument(
        employeeId,
        { kind, title: title.trim() || file.name, confidentiality: level },
        file,
      );
      void message.success(t('hrPeople.documents.uploaded', { title: saved.title }));
      setTitle('');
      void queryClient.invalidateQueries({ queryKey: employeeKeys.documents(employeeId) });
      void queryClient.invalidateQueries({ queryKey: employeeKeys.history(employeeId) });
    } catch (error) {
      void message.error(problemMessage(t, error));
    } finally {
      setUploading(false);
    }
  };

  const kindLabel = (value: string) =>
    (DOCUMENT_KINDS as readonly string[]).includes(value)
      ? t(`hrPeople.documents.kinds.${value as (typeof DOCUMENT_KINDS)[number]}`)
      : value;

  if (documents.isError)
    return <QueryProblem error={documents.error} onRetry={() => void documents.refetch()} />;
  return (
    <Flex vertical gap="middle">
      {can('employees:write') && (
        <Flex gap="small" wrap align="center" data-testid="document-upload">
          <Select
            aria-label={t('hrPeople.documents.kind')}
            value={kind}
            onChange={setKind}
            options={DOCUMENT_KINDS.map((value) => ({ value, label: kindLabel(value) }))}
            style={{ width: 130 }}
          />
          <Input
            aria-label={t('hrPeople.documents.title')}
            placeholder={t('hrPeople.documents.titlePlaceholder')}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            maxLength={200}
            style={{ width: 220 }}
          />
          <Select
            aria-label={t('hrPeople.documents.confidentiality')}
            value={level}
            onChange={setLevel}
            options={CONFIDENTIALITY_LEVELS.map((value) => ({
              value,
              label: t(`hrPeople.documents.levels.${value}`),
            }))}
            style={{ width: 110 }}
          />
          <Upload
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={uploading}>
              {t('hrPeople.documents.upload')}
            </Button>
          </Upload>
        </Flex>
      )}
      <Table<EmployeeDocument>
        rowKey="id"
        size="small"
        pagination={false}
        loading={documents.isPending}
        dataSource={documents.data ?? []}
        locale={{ emptyText: t('hrPeople.documents.empty') }}
        columns={[
          { key: 'title', title: t('hrPeople.documents.title'), render: (_, d) => d.title },
          { key: 'kind', title: t('hrPeople.documents.kind'), render: (_, d) => kindLabel(d.kind) },
          {
            key: 'level',
            title: t('hrPeople.documents.confidentiality'),
            render: (_, d) => {
              const known = d.confidentiality as Confidentiality;
              return <Tag color={LEVEL_COLORS[known]}>{t(`hrPeople.documents.levels.${known}`)}</Tag>;
            },
          },
          { key: 'file', title: t('hrPeople.documents.fileName'), render: (_, d) => d.fileName },
          {
            key: 'download',
            title: t('hrPeople.common.actions'),
            render: (_, d) => (
              <Button
                size="small"
                icon={<DownloadOutlined />}
                aria-label={`${t('hrPeople.documents.download')} ${d.title}`}
                onClick={() =>
                  void downloadEmployeeDocument(d).catch((error: unknown) =>
                    message.error(problemMessage(t, error)),
                  )
                }
              />
            ),
          },
        ]}
      />
    </Flex>
  );
}
