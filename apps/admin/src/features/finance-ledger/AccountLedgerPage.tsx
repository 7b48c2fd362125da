import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { DatePicker, Empty, Flex, Typography, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { journalEntryPath } from '../../app/paths';
import '../../shared/format/dayjs-locales';
import { formatMoney } from '../../shared/money/money';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CursorTable } from '../../shared/ui/CursorTable';
import { FilterBar } from '../../shared/ui/FilterBar';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { AccountSelect } from './AccountSelect';
import { accountLedgerQuery, type AccountLedgerRow } from './ledger.api';
import { accountLedgerSpec } from './ledger-list-state';

const month = (period: string | undefined) => (period ? dayjs(`${period}-01`) : null);

/** 明细账 → one account's posted lines in date order with the running balance; account and months in the URL. */
export function AccountLedgerPage() {
  const { t } = useTranslation();
  const [state, setState] = useUrlState(accountLedgerSpec);
  const pages = useCursorPages(JSON.stringify(state));
  const query = {
    accountCode: state.account ?? '',
    from: state.from,
    to: state.to,
    limit: state.limit,
    cursor: pages.cursor,
  };
  const ledger = useQuery({
    ...accountLedgerQuery(query),
    enabled: !!state.account,
    placeholderData: keepPreviousData,
  });
  const side = ledger.data?.normalBalance;
  // 借/贷 says which side the balance stands on: a negative balance sits on the side opposite the normal one.
  const balance = (value: number) => {
    if (!side || value === 0) return formatMoney(value);
    const onSide = value > 0 ? side : side === 'debit' ? 'credit' : 'debit';
    return `${t(`financeLedger.normalBalances.${onSide}`)} ${formatMoney(Math.abs(value))}`;
  };
  const amount = (value: number) => (value ? formatMoney(value) : '');

  const columns: TableProps<AccountLedgerRow>['columns'] = [
    { key: 'date', title: t('financeLedger.fields.entryDate'), render: (_, r) => r.entryDate },
    {
      key: 'number',
      title: t('financeLedger.fields.number'),
      render: (_, r) => <Link to={journalEntryPath(r.entryId)}>{r.entryNumber}</Link>,
    },
    {
      key: 'description',
      title: t('financeLedger.fields.description'),
      render: (_, r) => (r.memo ? `${r.description}（${r.memo}）` : r.description),
    },
    {
      key: 'debit',
      title: t('financeLedger.fields.debit'),
      align: 'right',
      render: (_, r) => amount(r.debit),
    },
    {
      key: 'credit',
      title: t('financeLedger.fields.credit'),
      align: 'right',
      render: (_, r) => amount(r.credit),
    },
    {
      key: 'balance',
      title: t('financeLedger.fields.balance'),
      align: 'right',
      render: (_, r) => balance(r.balance),
    },
  ];

  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('financeLedger.accountLedger.title')}
        subtitle={t('financeLedger.accountLedger.subtitle')}
      />
      <FilterBar filtered={false} onClear={() => undefined}>
        <AccountSelect
          aria-label={t('financeLedger.fields.account')}
          placeholder={t('financeLedger.accountLedger.chooseAccount')}
          value={state.account}
          onChange={(account) => setState({ account })}
          style={{ width: 280 }}
        />
        <DatePicker
          picker="month"
          aria-label={t('financeLedger.accountLedger.from')}
          placeholder={t('financeLedger.accountLedger.from')}
          value={month(state.from)}
          onChange={(from) => setState({ from: from?.format('YYYY-MM') })}
        />
        <DatePicker
          picker="month"
          aria-label={t('financeLedger.accountLedger.to')}
          placeholder={t('financeLedger.accountLedger.to')}
          value={month(state.to)}
          onChange={(to) => setState({ to: to?.format('YYYY-MM') })}
        />
      </FilterBar>
      {!state.account ? (
        <Empty description={t('financeLedger.accountLedger.chooseAccount')} />
      ) : (
        <>
          {ledger.data && (
            <Typography.Text data-testid="account-ledger-opening">
              {t('financeLedger.accountLedger.opening')}: {balance(ledger.data.openingBalance)}
            </Typography.Text>
          )}
          <CursorTable<AccountLedgerRow>
            list={ledger}
            pages={pages}
            total={undefined}
            pageSize={state.limit}
            onPageSizeChange={(limit) => setState({ limit })}
            columns={columns}
            rowKey="lineId"
            testId="account-ledger-table"
            empty={{ noneText: t('financeLedger.accountLedger.empty') }}
          />
        </>
      )}
    </Flex>
  );
}
