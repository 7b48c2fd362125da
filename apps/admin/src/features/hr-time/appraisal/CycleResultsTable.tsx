import { useQuery } from '@tanstack/react-query';
import { Alert, Flex, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../../shared/ui/QueryProblem';
import { EmployeeName } from '../shared/EmployeeName';
import { cycleResultsQuery } from './appraisal.api';

/** Final grades and the bonus coefficient payroll applies; provisional until the cycle closes. */
export function CycleResultsTable({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation();
  const results = useQuery(cycleResultsQuery(cycleId));
  return (
    <Flex vertical gap="small">
      {results.isError && <QueryProblem error={results.error} onRetry={() => void results.refetch()} />}
      {results.data && !results.data.final && (
        <Alert type="info" showIcon title={t('hrTime.appraisal.provisional')} />
      )}
      <Table
        size="small"
        rowKey="employeeId"
        pagination={false}
        loading={results.isPending}
        dataSource={results.data?.results ?? []}
        data-testid="cycle-results-table"
        locale={{ emptyText: t('hrTime.appraisal.noResults') }}
        columns={[
          {
            key: 'employee',
            title: t('hrTime.common.employee'),
            render: (_, r) => <EmployeeName id={r.employeeId} />,
          },
          { key: 'grade', title: t('hrTime.appraisal.finalGrade'), render: (_, r) => r.finalGrade },
          {
            key: 'coefficient',
            title: t('hrTime.appraisal.coefficient'),
            align: 'right',
            render: (_, r) => `×${r.coefficient}`,
          },
        ]}
      />
    </Flex>
  );
}
