import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Flex, Segmented, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/date-time';
import { formatMoney } from '../../shared/money/money';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CursorTable } from '../../shared/ui/CursorTable';
import { Difference } from '../cod/Difference';
import { ExplainLineModal } from './ExplainLineModal';
import {
  STATEMENT_LINE_STATUSES,
  statementLinesQuery,
  type StatementLine,
  type StatementLineQuery,
} from './reconciliation.api';
import type { ReconciliationDayState } from './settlement-list-state';
import { StatementLineStatusTag } from './SettlementTags';

type LineFilter = ReconciliationDayState['lines'];

export function toStatementLineQuery(filter: LineFilter, limit: number, cursor?: string): StatementLineQuery {
  if (filter === 'open') return { unexplained: true, limit, cursor };
  return { status: filter, limit, cursor };
}

/** The statement's side of a day, keyset-paged in file order: all lines, what still needs a reason, or a status. */
export function StatementLinesTable({
  day,
  filter,
  onFilterChange,
  mayExplain,
}: {
  day: string;
  filter: LineFilter;
  onFilterChange(filter: LineFilter): void;
  mayExplain: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [limit, setLimit] = useState(50);
  const [explaining, setExplaining] = useState<StatementLine>();
  const pages = useCursorPages(JSON.stringify([day, filter, limit]));
  const list = useQuery({
    ...statementLinesQuery(day, toStatementLineQuery(filter, limit, pages.cursor)),
    placeholderData: keepPreviousData,
  });

  const columns: TableProps<StatementLine>['columns'] = [
    { key: 'ref', title: t('financeSettlement.website.transactionRef'), render: (_, l) => l.transactionRef },
    { key: 'order', title: t('financeSettlement.website.orderRef'), render: (_, l) => l.orderRef },
    {
      key: 'amount',
      title: t('financeSettlement.website.amount'),
      align: 'right',
      render: (_, l) => formatMoney(l.amount),
    },
    {
      key: 'expected',
      title: t('financeSettlement.website.expectedAmount'),
      align: 'right',
      render: (_, l) => (l.expectedAmount === null ? t('common.none') : formatMoney(l.expectedAmount)),
    },
    {
      key: 'difference',
      title: t('financeSettlement.website.difference'),
      align: 'right',
      render: (_, l) => (
        <Difference amount={l.expectedAmount === null ? null : l.amount - l.expectedAmount} />
      ),
    },
    {
      key: 'settledAt',
      title: t('financeSettlement.website.settledAt'),
      render: (_, l) => formatDateTime(l.settledAt, i18n.language),
    },
    {
      key: 'status',
      title: t('financeSettlement.fields.status'),
      render: (_, l) => <StatementLineStatusTag status={l.status} />,
    },
    {
      key: 'explanation',
      title: t('financeSettlement.website.explanation'),
      render: (_, l) =>
        l.status === 'matched' ? null : (
          <Flex gap="small" align="center">
            {l.explanation && <Typography.Text>{l.explanation}</Typography.Text>}
            {mayExplain && (
              <Button size="small" onClick={() => setExplaining(l)}>
                {t('financeSettlement.website.explain')}
              </Button>
            )}
          </Flex>
        ),
    },
  ];

  return (
    <Flex vertical gap="small">
      <Segmented<string>
        value={filter ?? 'all'}
        onChange={(value) => onFilterChange(value === 'all' ? undefined : (value as LineFilter))}
        options={[
          { value: 'all', label: t('financeSettlement.website.allLines') },
          { value: 'open', label: t('financeSettlement.website.openLines') },
          ...STATEMENT_LINE_STATUSES.map((status) => ({
            value: status,
            label: t(`financeSettlement.lineStatuses.${status}`),
          })),
        ]}
      />
      <CursorTable<StatementLine>
        list={list}
        pages={pages}
        total={undefined}
        pageSize={limit}
        onPageSizeChange={setLimit}
        columns={columns}
        testId="statement-lines"
        empty={{
          noneText:
            filter === 'open'
              ? t('financeSettlement.website.noOpenLines')
              : t('financeSettlement.website.noLines'),
        }}
      />
      <ExplainLineModal day={day} line={explaining} onClose={() => setExplaining(undefined)} />
    </Flex>
  );
}
