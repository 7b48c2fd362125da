import { useQuery, useQueryClient } from '@tanstack/react-query';
import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { usePermissions } from '../../auth/use-session';
import { formatMoney } from '../../shared/money/money';
import { PageHeader } from '../../shared/ui/PageHeader';
import { PageSpinner } from '../../shared/ui/PageSpinner';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { enumParam } from '../../shared/url-state/url-state';
import { useUnitNames } from '../hr-organisation/UnitSelect';
import { EmployeeContracts } from './EmployeeContracts';
import { EditPersonalModal } from './EditPersonalModal';
import { EmployeeDocuments } from './EmployeeDocuments';
import { EmployeePositions } from './EmployeePositions';
import { employeeHistoryQuery, employeeKeys, employeeQuery, type Employee } from './employees.api';
import { EmployeeStatusTag } from './EmployeeStatusTag';
import { HrHistoryTimeline } from './HrHistoryTimeline';

const TABS = ['personal', 'education', 'positions', 'documents', 'contracts', 'history'] as const;
const fileSpec = { tab: enumParam(TABS, 'personal') };

const orDash = (value: string | null | undefined) => value || '—';

/**
 * 员工档案: the personnel file exactly as the API returns it. ID number and bank account arrive masked for roles
 * without employees:pii-read; the browser never has the full values to unmask.
 */
export function EmployeePage() {
  const { employeeId = '' } = useParams();
  const { t } = useTranslation();
  const can = usePermissions();
  const [state, setState] = useUrlState(fileSpec);
  const employee = useQuery(employeeQuery(employeeId));
  const history = useQuery({ ...employeeHistoryQuery(employeeId), enabled: state.tab === 'history' });
  const unitName = useUnitNames();

  if (employee.isError)
    return <QueryProblem error={employee.error} onRetry={() => void employee.refetch()} />;
  if (!employee.data) return <PageSpinner />;
  const e = employee.data;

  const tabs = [
    {
      key: 'personal',
      label: t('hrPeople.file.personal'),
      children: <PersonalDetails employee={e} editable={can('employees:write')} />,
    },
    {
      key: 'education',
      label: t('hrPeople.file.education'),
      children: (
        <Table
          rowKey={(row) => `${row.school}-${row.from ?? ''}`}
          size="small"
          pagination={false}
          dataSource={e.education}
          locale={{ emptyText: t('hrPeople.file.noEducation') }}
          columns={[
            { key: 'school', title: t('hrPeople.file.school'), render: (_, r) => r.school },
            { key: 'degree', title: t('hrPeople.file.degree'), render: (_, r) => orDash(r.degree) },
            { key: 'major', title: t('hrPeople.file.major'), render: (_, r) => orDash(r.major) },
            {
              key: 'period',
              title: t('hrPeople.file.studyPeriod'),
              render: (_, r) => `${r.from ?? '?'} – ${r.to ?? '?'}`,
            },
          ]}
        />
      ),
    },
    {
      key: 'positions',
      label: t('hrPeople.file.positions'),
      children: <EmployeePositions employee={e} />,
    },
    {
      key: 'documents',
      label: t('hrPeople.file.documents'),
      children: <EmployeeDocuments employeeId={e.id} />,
    },
    ...(can('labour-contracts:read')
      ? [
          {
            key: 'contracts',
            label: t('hrPeople.file.contracts'),
            children: <EmployeeContracts employeeId={e.id} />,
          },
        ]
      : []),
    {
      key: 'history',
      label: t('hrPeople.file.history'),
      children: history.isError ? (
        <QueryProblem error={history.error} onRetry={() => void history.refetch()} />
      ) : (
        <HrHistoryTimeline entries={history.data ?? []} />
      ),
    },
  ];

  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={`${e.name} · ${e.number}`}
        subtitle={t('hrPeople.file.subtitle')}
        extra={<EmployeeStatusTag status={e.status} />}
      />
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('hrPeople.employee.unit')}>
            {unitName(e.orgUnitId) ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('hrPeople.employee.position')}>
            {orDash(e.positionTitle)}
          </Descriptions.Item>
          <Descriptions.Item label={t('hrPeople.file.grade')}>{orDash(e.grade)}</Descriptions.Item>
          <Descriptions.Item label={t('hrPeople.employee.hireDate')}>{e.hireDate}</Descriptions.Item>
          <Descriptions.Item label={t('hrPeople.employee.probationEndDate')}>
            {orDash(e.probationEndDate)}
          </Descriptions.Item>
          <Descriptions.Item label={t('hrPeople.file.leaveDate')}>{orDash(e.leaveDate)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Tabs
        activeKey={tabs.some((tab) => tab.key === state.tab) ? state.tab : 'personal'}
        onChange={(tab) => setState({ tab: tab as (typeof TABS)[number] })}
        items={tabs}
      />
    </Flex>
  );
}

function PersonalDetails({ employee: e, editable }: { employee: Employee; editable: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const contact = e.emergencyContact;
  return (
    <Flex vertical gap="middle">
      {editable && (
        <Flex justify="end">
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('hrPeople.edit.open')}
          </Button>
        </Flex>
      )}
      <EditPersonalModal
        employee={e}
        open={editing}
        onClose={() => setEditing(false)}
        onDone={(next) => {
          queryClient.setQueryData(employeeKeys.employee(e.id), next);
          void queryClient.invalidateQueries({ queryKey: employeeKeys.history(e.id) });
        }}
      />
      {e.piiMasked && <Alert type="info" showIcon title={t('hrPeople.file.masked')} />}
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} data-testid="personal-details">
        <Descriptions.Item label={t('hrPeople.file.gender')}>
          {e.gender ? t(`hrPeople.file.genders.${e.gender as 'female' | 'male'}`) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('hrPeople.file.birthDate')}>{orDash(e.birthDate)}</Descriptions.Item>
        <Descriptions.Item label={t('hrPeople.file.idNumber')}>
          <Typography.Text data-testid="id-number">{orDash(e.idNumber)}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('hrPeople.file.bank')}>
          {orDash(e.bankName)}{' '}
          {e.bankAccount && <Typography.Text data-testid="bank-account">{e.bankAccount}</Typography.Text>}
        </Descriptions.Item>
        <Descriptions.Item label={t('hrPeople.file.salary')}>
          {e.salary == null ? t('hrPeople.file.salaryHidden') : formatMoney(e.salary)}
        </Descriptions.Item>
        <Descriptions.Item label={t('hrPeople.file.phone')}>{orDash(e.phone)}</Descriptions.Item>
        <Descriptions.Item label={t('hrPeople.file.email')}>{orDash(e.email)}</Descriptions.Item>
        <Descriptions.Item label={t('hrPeople.file.address')}>{orDash(e.address)}</Descriptions.Item>
        <Descriptions.Item label={t('hrPeople.file.emergencyContact')} span={2}>
          {contact
            ? `${contact.name}${contact.relation ? `（${contact.relation}）` : ''} ${contact.phone}`
            : '—'}
        </Descriptions.Item>
      </Descriptions>
    </Flex>
  );
}
