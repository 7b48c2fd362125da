import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Input, Select, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../shared/ui/problem-text';
import {
  ARCHIVE_LEVELS,
  DOCUMENT_CATEGORIES,
  officeKeys,
  uploadCompanyDocument,
  type ArchiveLevel,
} from './office.api';

/** HR files a document as multipart, with its category, title and confidentiality level. */
export function DocumentUpload() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [category, setCategory] = useState<string>('policy');
  const [title, setTitle] = useState('');
  const [level, setLevel] = useState<ArchiveLevel>('internal');
  const [uploading, setUploading] = useState(false);

  const upload = async (file: File) => {
    setUploading(true);
    try {
      const saved = await uploadCompanyDocument(
        { category, title: title.trim() || file.name, confidentiality: level },
        file,
      );
      void message.success(t('hrOffice.documents.uploaded', { number: saved.number }));
      setTitle('');
      void queryClient.invalidateQueries({ queryKey: officeKeys.all });
    } catch (error) {
      void message.error(problemMessage(t, error));
    } finally {
      setUploading(false);
    }
  };

  return (
    <Flex gap="small" wrap align="center" data-testid="company-document-upload">
      <Select
        aria-label={t('hrOffice.documents.category')}
        value={category}
        onChange={setCategory}
        options={DOCUMENT_CATEGORIES.map((value) => ({
          value,
          label: t(`hrOffice.documents.categories.${value}`),
        }))}
        style={{ width: 130 }}
      />
      <Input
        aria-label={t('hrOffice.documents.title')}
        placeholder={t('hrOffice.documents.titlePlaceholder')}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        maxLength={200}
        style={{ width: 260 }}
      />
      <Select
        aria-label={t('hrOffice.documents.level')}
        value={level}
        onChange={setLevel}
        options={ARCHIVE_LEVELS.map((value) => ({ value, label: t(`hrOffice.documents.levels.${value}`) }))}
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
          {t('hrOffice.documents.upload')}
        </Button>
      </Upload>
    </Flex>
  );
}
