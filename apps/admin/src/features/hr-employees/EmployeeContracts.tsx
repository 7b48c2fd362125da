import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { CONTRACT_STATUSES, CONTRACT_TYPES, type ContractStatus, type ContractType } from './contract-labels';
import { ContractFormModal } from './ContractFormModal';
import { employeeContractsQuery, employeeKeys, type LabourContract } from './employees.api';
import { TerminateContractModal } from './TerminateContractModal';

/** Renewal is due within this many days: HR gets the reminder then too. */
const EXPIRY_WARNING_DAYS = 60;

/**
 * The employee's labour contracts with type, dates and how long until an active one expires; HR records a new
 * one when none is active (the API allows one active contract), renews the active one or ends it early.
 */
export function EmployeeContracts({ employeeId }: { employeeId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const queryClient = useQueryClient();
  const contracts = useQuery(employeeContractsQuery(employeeId));
  // undefined: closed; null: recording a new contract; a contract: renewing it.
  const [editing, setEditing] = useState<LabourContract | null>();
  const [ending, setEnding] = useState<LabourContract>();
  if (contracts.isError)
    return <QueryProblem error={contracts.error} onRetry={() => void contracts.refetch()} />;
  const writable = can('labour-contracts:write');
  const rows = contracts.data?.data ?? [];
  const saved = (contract: LabourContract) => {
    void message.success(t('hrPeople.contractForm.saved', { number: contract.number }));
    void queryClient.invalidateQueries({ queryKey: employeeKeys.contracts(employeeId) });
    void queryClient.invalidateQueries({ queryKey: employeeKeys.history(employeeId) });
  };
  return (
    <Flex vertical gap="small">
      {writable && !contracts.isPending && !rows.some((c) => c.status === 'active') && (
        <Flex justify="end">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('hrPeople.contractForm.record')}
          </Button>
        </Flex>
      )}
      {editing !== undefined && (
        <ContractFormModal
          open
          employeeId={employeeId}
          renewing={editing ?? undefined}
          onClose={() => setEditing(undefined)}
          onDone={saved}
        />
      )}
      {ending && (
        <TerminateContractModal contract={ending} onClose={() => setEnding(undefined)} onDone={saved} />
      )}
      <ContractsTable
        rows={rows}
        loading={contracts.isPending}
        onRenew={writable ? setEditing : undefined}
        onTerminate={writable ? setEnding : undefined}
      />
    </Flex>
  );
}

function ContractsTable({
  rows,
  loading,
  onRenew,
  onTerminate,
}: {
  rows: LabourContract[];
  loading: boolean;
  onRenew?: (contract: LabourContract) => void;
  onTerminate?: (contract: LabourContract) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table<LabourContract>
      rowKey="id"
      size="small"
      pagination={false}
      loading={loading}
      dataSource={rows}
      data-testid="labour-contracts"
      locale={{ emptyText: t('hrPeople.contracts.empty') }}
      columns={[
        { key: 'number', title: t('hrPeople.contracts.number'), render: (_, c) => c.number },
        {
          key: 'type',
          title: t('hrPeople.contracts.type'),
          render: (_, c) =>
            (CONTRACT_TYPES as readonly string[]).includes(c.type)
              ? t(`hrPeople.contracts.types.${c.type as ContractType}`)
              : c.type,
        },
        { key: 'starts', title: t('hrPeople.contracts.startsOn'), render: (_, c) => c.startsOn },
        {
          key: 'ends',
          title: t('hrPeople.contracts.endsOn'),
          render: (_, c) => c.endsOn ?? t('hrPeople.contracts.noEnd'),
        },
        {
          key: 'status',
          title: t('hrPeople.contracts.status'),
          render: (_, c) => (
            <>
              <Tag color={c.status === 'active' ? 'green' : 'default'}>
                {(CONTRACT_STATUSES as readonly string[]).includes(c.status)
                  ? t(`hrPeople.contracts.statuses.${c.status as ContractStatus}`)
                  : c.status}
              </Tag>
              {c.status === 'active' && c.daysLeft != null && c.daysLeft <= EXPIRY_WARNING_DAYS && (
                <Tag color={c.daysLeft < 0 ? 'red' : 'orange'}>
                  {t('hrPeople.contracts.expiresIn', { days: c.daysLeft })}
                </Tag>
              )}
            </>
          ),
        },
        ...(onRenew && onTerminate
          ? [
              {
                key: 'actions',
                title: '',
                render: (_: unknown, c: LabourContract) =>
                  c.status === 'active' && (
                    <Flex gap="small">
                      {c.type !== 'open_ended' && (
                        <Button size="small" onClick={() => onRenew(c)}>
                          {t('hrPeople.contractForm.renew')}
                        </Button>
                      )}
                      <Button size="small" danger onClick={() => onTerminate(c)}>
                        {t('hrPeople.contractForm.terminate')}
                      </Button>
                    </Flex>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}
