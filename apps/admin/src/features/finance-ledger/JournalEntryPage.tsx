import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Flex, Spin, Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { journalEntryPath, PATHS } from '../../app/paths';
import { formatDateTime } from '../../shared/format/date-time';
import { formatMoney } from '../../shared/money/money';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { EntryActions } from './EntryActions';
import { EntrySource } from './EntrySource';
import { EntryStatusTag } from './EntryStatusTag';
import { entryQuery, type JournalEntry, type JournalLine } from './ledger.api';

function Lines({ entry }: { entry: JournalEntry }) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  const debit = entry.lines.reduce((sum, l) => sum + l.debit, 0);
  const credit = entry.lines.reduce((sum, l) => sum + l.credit, 0);
  const amount = (value: number) => (value ? formatMoney(value) : '');
  const columns: TableProps<JournalLine>['columns'] = [
    { key: 'no', title: '#', width: 48, render: (_, l) => l.lineNo },
    {
      key: 'account',
      title: t('financeLedger.fields.account'),
      render: (_, l) => `${l.accountCode} ${zh ? l.accountNameZh : l.accountNameEn}`,
    },
    { key: 'memo', title: t('financeLedger.fields.memo'), render: (_, l) => l.memo ?? '' },
    {
      key: 'debit',
      title: t('financeLedger.fields.debit'),
      align: 'right',
      render: (_, l) => amount(l.debit),
    },
    {
      key: 'credit',
      title: t('financeLedger.fields.credit'),
      align: 'right',
      render: (_, l) => amount(l.credit),
    },
  ];
  return (
    <Table<JournalLine>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={entry.lines}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="entry-lines"
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={3}>
            <strong>{t('financeLedger.entry.totals')}</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} align="right">
            <strong data-testid="entry-debit-total">{formatMoney(debit)}</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={4} align="right">
            <strong data-testid="entry-credit-total">{formatMoney(credit)}</strong>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}

/** 记账凭证 → one voucher: its lines with the totals, where it came from, and post / reverse. */
export function JournalEntryPage() {
  const { t, i18n } = useTranslation();
  const { entryId = '' } = useParams();
  const entry = useQuery(entryQuery(entryId));

  if (entry.isError) return <QueryProblem error={entry.error} onRetry={() => void entry.refetch()} />;
  if (!entry.data) return <Spin />;
  const e = entry.data;
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : t('common.none'));
  const related = (id: string | null) =>
    id ? <Link to={journalEntryPath(id)}>{id.slice(0, 8)}</Link> : null;
  return (
    <Flex vertical gap="middle">
      <Link to={PATHS.journalEntries}>{t('financeLedger.entry.backToList')}</Link>
      <Flex justify="space-between" align="start" gap="middle" wrap>
        <Flex vertical gap={4}>
          <Typography.Title level={2} style={{ margin: 0 }} data-testid="entry-number">
            {e.number
              ? t('financeLedger.entry.title', { number: e.number })
              : t('financeLedger.entry.draftTitle')}
          </Typography.Title>
          <span data-testid="entry-status">
            <EntryStatusTag status={e.status} />
          </span>
        </Flex>
        <EntryActions entry={e} />
      </Flex>
      <Card>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'date', label: t('financeLedger.fields.entryDate'), children: e.entryDate },
            { key: 'period', label: t('financeLedger.fields.period'), children: e.period },
            { key: 'description', label: t('financeLedger.fields.description'), children: e.description },
            {
              key: 'source',
              label: t('financeLedger.fields.source'),
              children: <EntrySource source={e.source} />,
            },
            { key: 'createdAt', label: t('financeLedger.fields.createdAt'), children: when(e.createdAt) },
            { key: 'postedAt', label: t('financeLedger.fields.postedAt'), children: when(e.postedAt) },
            ...(e.reversesId
              ? [
                  {
                    key: 'reverses',
                    label: t('financeLedger.fields.reverses'),
                    children: related(e.reversesId),
                  },
                ]
              : []),
            ...(e.reversedById
              ? [
                  {
                    key: 'reversedBy',
                    label: t('financeLedger.fields.reversedBy'),
                    children: related(e.reversedById),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card title={t('financeLedger.entry.lines')}>
        <Lines entry={e} />
      </Card>
    </Flex>
  );
}
