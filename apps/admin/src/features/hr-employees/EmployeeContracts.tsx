import { useQuery } from '@tanstack/react-query';
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { employeeContractsQuery, type LabourContract } from './employees.api';

/** Renewal is due within this many days: HR gets the reminder then too. */
const EXPIRY_WARNING_DAYS = 60;

const CONTRACT_TYPES = ['fixed_term', 'open_ended', 'part_time', 'internship', 'project'] as const;
const CONTRACT_STATUSES = ['active', 'renewed', 'ended', 'terminated'] as const;
type ContractType = (typeof CONTRACT_TYPES)[number];
type ContractStatus = (typeof CONTRACT_STATUSES)[number];

/** The employee's labour contracts with type, dates and how long until an active one expires. */
export function EmployeeContracts({ employeeId }: { employeeId: string }) {
  const { t } = useTranslation();
  const contracts = useQuery(employeeContractsQuery(employeeId));
  if (contracts.isError)
    return <QueryProblem error={contracts.error} onRetry={() => void contracts.refetch()} />;
  return (
    <Table<LabourContract>
      rowKey="id"
      size="small"
      pagination={false}
      loading={contracts.isPending}
      dataSource={contracts.data?.data ?? []}
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
      ]}
    />
  );
}
