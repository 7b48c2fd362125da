import { DownloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { App, Button, Flex, Select, Tag, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CursorTable } from '../../shared/ui/CursorTable';
import { FilterBar } from '../../shared/ui/FilterBar';
import { PageHeader } from '../../shared/ui/PageHeader';
import { problemMessage } from '../../shared/ui/problem-text';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { DocumentUpload } from './DocumentUpload';
import { documentListSpec, toDocumentQuery } from './office-list-state';
import {
  DOCUMENT_CATEGORIES,
  documentListQuery,
  downloadCompanyDocument,
  type ArchiveLevel,
  type CompanyDocument,
} from './office.api';

export const LEVEL_COLORS: Record<ArchiveLevel, string> = {
  public: 'green',
  internal: 'default',
  confidential: 'orange',
  secret: 'red',
};

/** 公司文件: the company archive, showing only the levels the caller may open (the API leaves out the rest). */
export function CompanyDocumentsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const [state, setState] = useUrlState(documentListSpec);
  const pages = useCursorPages(JSON.stringify(state));
  const list = useQuery({
    ...documentListQuery(toDocumentQuery(state, pages.cursor)),
    placeholderData: keepPreviousData,
  });
  const clear = () => setState({ category: undefined });
  const category = (value: string) =>
    (DOCUMENT_CATEGORIES as readonly string[]).includes(value)
      ? t(`hrOffice.documents.categories.${value as (typeof DOCUMENT_CATEGORIES)[number]}`)
      : value;

  const columns: TableProps<CompanyDocument>['columns'] = [
    { key: 'number', title: t('hrOffice.documents.number'), render: (_, d) => d.number },
    { key: 'title', title: t('hrOffice.documents.title'), render: (_, d) => d.title },
    { key: 'category', title: t('hrOffice.documents.category'), render: (_, d) => category(d.category) },
    {
      key: 'level',
      title: t('hrOffice.documents.level'),
      render: (_, d) => (
        <Tag color={LEVEL_COLORS[d.confidentiality as ArchiveLevel]}>
          {t(`hrOffice.documents.levels.${d.confidentiality as ArchiveLevel}`)}
        </Tag>
      ),
    },
    { key: 'file', title: t('hrOffice.documents.fileName'), render: (_, d) => d.fileName },
    {
      key: 'filed',
      title: t('hrOffice.documents.filedAt'),
      render: (_, d) => dayjs(d.createdAt).format('YYYY-MM-DD'),
    },
    {
      key: 'download',
      title: '',
      render: (_, d) => (
        <Button
          size="small"
          icon={<DownloadOutlined />}
          aria-label={t('hrOffice.documents.download', { title: d.title })}
          onClick={() =>
            void downloadCompanyDocument(d).catch((error: unknown) => message.error(problemMessage(t, error)))
          }
        />
      ),
    },
  ];

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <PageHeader title={t('hrOffice.documents.pageTitle')} subtitle={t('hrOffice.documents.subtitle')} />
      {can('company-documents:write') && <DocumentUpload />}
      <FilterBar filtered={!!state.category} onClear={clear}>
        <Select
          aria-label={t('hrOffice.documents.category')}
          placeholder={t('hrOffice.documents.anyCategory')}
          allowClear
          value={state.category}
          onChange={(value) => setState({ category: value })}
          options={DOCUMENT_CATEGORIES.map((value) => ({ value, label: category(value) }))}
          style={{ width: 140 }}
        />
      </FilterBar>
      <CursorTable<CompanyDocument>
        list={list}
        pages={pages}
        total={undefined}
        pageSize={state.limit}
        onPageSizeChange={(limit) => setState({ limit })}
        columns={columns}
        testId="company-documents-table"
        empty={{
          noneText: t('hrOffice.documents.empty'),
          filtered: state.category ? { text: t('hrOffice.emptyFiltered'), onClear: clear } : undefined,
        }}
      />
    </Flex>
  );
}
