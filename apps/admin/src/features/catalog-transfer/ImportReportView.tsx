import { Alert, Flex, Statistic, Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportError, ImportReport } from './catalog-transfer.api';

/** The counts of what the file changes (or would), and every bad row by line and column. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const columns: TableProps<ImportError>['columns'] = [
    { key: 'line', dataIndex: 'line', title: t('catalogTransfer.errors.line'), width: 90, align: 'right' },
    {
      key: 'column',
      dataIndex: 'column',
      title: t('catalogTransfer.errors.column'),
      width: 180,
      render: (column?: string) => (column ? <code>{column}</code> : t('common.none')),
    },
    { key: 'message', dataIndex: 'message', title: t('catalogTransfer.errors.message') },
  ];
  const counts = [
    ['rows', report.rows],
    ['productsCreated', report.productsCreated],
    ['productsUpdated', report.productsUpdated],
    ['skusCreated', report.skusCreated],
    ['skusUpdated', report.skusUpdated],
    ['pricesChanged', report.pricesChanged],
    ['unchanged', report.unchanged],
  ] as const;
  return (
    <Flex vertical gap="middle" data-testid="import-report">
      <Flex gap="large" wrap>
        {counts.map(([key, value]) => (
          <Statistic key={key} title={t(`catalogTransfer.counts.${key}`)} value={value} />
        ))}
        <Statistic
          title={t('catalogTransfer.counts.errors')}
          value={report.errors.length}
          styles={{ content: { color: report.errors.length > 0 ? '#cf1322' : undefined } }}
        />
      </Flex>
      {report.errors.length > 0 ? (
        <>
          <Alert
            type="error"
            showIcon
            title={t('catalogTransfer.errors.title', { count: report.errors.length })}
            description={t('catalogTransfer.errors.text')}
          />
          <Table<ImportError>
            rowKey={(error) => `${error.line}:${error.column ?? ''}:${error.message}`}
            size="small"
            columns={columns}
            dataSource={report.errors}
            pagination={report.errors.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            data-testid="import-errors"
          />
        </>
      ) : (
        <Alert
          type="success"
          showIcon
          title={report.dryRun ? t('catalogTransfer.clean.dryRun') : t('catalogTransfer.clean.applied')}
        />
      )}
    </Flex>
  );
}
