import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../shared/money/money';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CursorTable } from '../../shared/ui/CursorTable';
import { unsettledPaymentsQuery, type UnsettledPayment } from './reconciliation.api';

/** Our side's open items: prepaid orders paid that day that no statement line settled, keyset-paged. */
export function UnsettledPaymentsTable({ day }: { day: string }) {
  const { t } = useTranslation();
  const [limit, setLimit] = useState(50);
  const pages = useCursorPages(JSON.stringify([day, limit]));
  const list = useQuery({
    ...unsettledPaymentsQuery(day, { limit, cursor: pages.cursor }),
    placeholderData: keepPreviousData,
  });
  const columns: TableProps<UnsettledPayment>['columns'] = [
    { key: 'order', title: t('financeSettlement.website.orderNumber'), render: (_, p) => p.orderNumber },
    {
      key: 'amount',
      title: t('financeSettlement.website.paymentAmount'),
      align: 'right',
      render: (_, p) => formatMoney(p.amount),
    },
  ];
  return (
    <CursorTable<UnsettledPayment>
      list={list}
      pages={pages}
      total={undefined}
      pageSize={limit}
      onPageSizeChange={setLimit}
      columns={columns}
      rowKey="orderId"
      testId="unsettled-payments"
      empty={{ noneText: t('financeSettlement.website.noUnsettled') }}
    />
  );
}
