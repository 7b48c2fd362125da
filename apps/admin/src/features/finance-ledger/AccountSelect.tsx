import { useQuery } from '@tanstack/react-query';
import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { accountsQuery, type LedgerAccount } from './ledger.api';

type AccountSelectProps = Omit<SelectProps<string>, 'options' | 'showSearch' | 'loading'> & {
  /** Only accounts that take postings (末级科目), active ones: what an entry line may use. */
  leafOnly?: boolean;
};

/** The account's name in the console's language. */
export function accountName(account: Pick<LedgerAccount, 'nameZh' | 'nameEn'>, language: string): string {
  return language.startsWith('zh') ? account.nameZh : account.nameEn;
}

/** Pick an account by typing its code or any part of its name; the value is the code. */
export function AccountSelect({ leafOnly = false, ...props }: AccountSelectProps) {
  const { i18n } = useTranslation();
  const accounts = useQuery(accountsQuery());
  const options = (accounts.data ?? [])
    .filter((a) => !leafOnly || (a.isLeaf && a.active))
    .map((a) => ({ value: a.code, label: `${a.code} ${accountName(a, i18n.language)}` }));
  return (
    <Select<string>
      {...props}
      loading={accounts.isPending}
      showSearch={{
        filterOption: (input, option) =>
          String(option?.label ?? '')
            .toLowerCase()
            .includes(input.trim().toLowerCase()),
      }}
      options={options}
      popupMatchSelectWidth={false}
    />
  );
}
