import { useQuery } from '@tanstack/react-query';
import { App, Button, Flex, Popconfirm, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PATHS } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { AccountDialog } from './AccountDialog';
import { accountName } from './AccountSelect';
import { accountTree, nextSubAccountCode, type AccountNode } from './account-tree';
import { accountsQuery, type LedgerAccount } from './ledger.api';
import { ledgerProblemMessage } from './ledger-problems';
import { useUpdateAccount } from './use-ledger-mutations';

type Dialog = { kind: 'open'; parent: LedgerAccount } | { kind: 'rename'; account: LedgerAccount };

/** 会计科目 → the chart as a tree by code; finance opens sub-accounts, renames and deactivates its own. */
export function LedgerAccountsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const accounts = useQuery(accountsQuery());
  const update = useUpdateAccount();
  const [dialog, setDialog] = useState<Dialog>();
  const writable = can('ledger-accounts:write');

  const setActive = (account: LedgerAccount, active: boolean) =>
    update.mutate(
      { account, change: { active } },
      {
        onSuccess: () => void message.success(t('financeLedger.accounts.saved')),
        onError: (error) => void message.error(ledgerProblemMessage(t, error)),
      },
    );

  const columns: TableProps<AccountNode>['columns'] = [
    { key: 'code', title: t('financeLedger.fields.code'), render: (_, a) => a.code },
    {
      key: 'name',
      title: t('financeLedger.fields.accountName'),
      render: (_, a) => (
        <Flex gap="small" align="center">
          <span>{accountName(a, i18n.language)}</span>
          {a.system && <Tag>{t('financeLedger.accounts.system')}</Tag>}
        </Flex>
      ),
    },
    {
      key: 'type',
      title: t('financeLedger.fields.type'),
      render: (_, a) => t(`financeLedger.accountTypes.${a.type}`),
    },
    {
      key: 'normalBalance',
      title: t('financeLedger.fields.normalBalance'),
      render: (_, a) => t(`financeLedger.normalBalances.${a.normalBalance}`),
    },
    {
      key: 'active',
      title: t('financeLedger.fields.active'),
      render: (_, a) =>
        a.active ? (
          <Tag color="green">{t('financeLedger.accounts.activeYes')}</Tag>
        ) : (
          <Tag>{t('financeLedger.accounts.activeNo')}</Tag>
        ),
    },
    {
      key: 'actions',
      title: '',
      render: (_, a) => (
        <Flex gap={4} wrap>
          {a.isLeaf && (
            <Link to={`${PATHS.accountLedger}?account=${a.code}`}>{t('financeLedger.accounts.ledger')}</Link>
          )}
          {writable && a.active && a.level < 6 && (
            <Button size="small" type="link" onClick={() => setDialog({ kind: 'open', parent: a })}>
              {t('financeLedger.accounts.openSub')}
            </Button>
          )}
          {writable && (
            <Button size="small" type="link" onClick={() => setDialog({ kind: 'rename', account: a })}>
              {t('financeLedger.accounts.rename')}
            </Button>
          )}
          {writable && !a.system && a.active && (
            <Popconfirm
              title={t('financeLedger.accounts.deactivateConfirm', {
                code: a.code,
                name: accountName(a, i18n.language),
              })}
              onConfirm={() => setActive(a, false)}
            >
              <Button size="small" type="link" danger>
                {t('financeLedger.accounts.deactivate')}
              </Button>
            </Popconfirm>
          )}
          {writable && !a.active && (
            <Button size="small" type="link" onClick={() => setActive(a, true)}>
              {t('financeLedger.accounts.activate')}
            </Button>
          )}
        </Flex>
      ),
    },
  ];

  if (accounts.isError)
    return <QueryProblem error={accounts.error} onRetry={() => void accounts.refetch()} />;
  const all = accounts.data ?? [];
  return (
    <Flex vertical gap="middle">
      <PageHeader title={t('financeLedger.accounts.title')} subtitle={t('financeLedger.accounts.subtitle')} />
      <Table<AccountNode>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={accountTree(all)}
        loading={accounts.isPending}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="ledger-accounts-table"
        locale={{ emptyText: accounts.isPending ? null : t('financeLedger.accounts.empty') }}
      />
      <AccountDialog
        key={
          dialog ? `${dialog.kind}:${dialog.kind === 'open' ? dialog.parent.id : dialog.account.id}` : 'none'
        }
        mode={dialog}
        suggestedCode={dialog?.kind === 'open' ? nextSubAccountCode(dialog.parent, all) : undefined}
        onClose={() => setDialog(undefined)}
      />
    </Flex>
  );
}
