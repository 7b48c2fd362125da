import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Select, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { formatMoney } from '../../shared/money/money';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CursorTable } from '../../shared/ui/CursorTable';
import { FilterBar } from '../../shared/ui/FilterBar';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { EmployeeName } from '../hr-time/shared/EmployeeName';
import { EmployeeSelect } from '../hr-time/shared/EmployeeSelect';
import { toTrainingQuery, trainingListSpec } from './office-list-state';
import {
  officeKeys,
  TRAINING_KINDS,
  trainingListQuery,
  type TrainingKind,
  type TrainingRecord,
  type TrainingResult,
} from './office.api';
import { RecordTrainingModal } from './RecordTrainingModal';

const RESULT_COLORS: Record<TrainingResult, string> = { attended: 'default', passed: 'green', failed: 'red' };

/** 培训记录: trainings employees took, by employee and kind in the URL; HR records new ones. */
export function TrainingPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const queryClient = useQueryClient();
  const [state, setState] = useUrlState(trainingListSpec);
  const pages = useCursorPages(JSON.stringify(state));
  const list = useQuery({
    ...trainingListQuery(toTrainingQuery(state, pages.cursor)),
    placeholderData: keepPreviousData,
  });
  const [recording, setRecording] = useState(false);
  const filtered = !!(state.employeeId || state.kind);
  const clear = () => setState({ employeeId: undefined, kind: undefined });

  const columns: TableProps<TrainingRecord>['columns'] = [
    { key: 'number', title: t('hrOffice.training.number'), render: (_, r) => r.number },
    { key: 'employee', title: t('hrOffice.employee'), render: (_, r) => <EmployeeName id={r.employeeId} /> },
    { key: 'title', title: t('hrOffice.training.title'), render: (_, r) => r.title },
    {
      key: 'kind',
      title: t('hrOffice.training.kind'),
      render: (_, r) => t(`hrOffice.training.kinds.${r.kind as TrainingKind}`),
    },
    { key: 'dates', title: t('hrOffice.training.dates'), render: (_, r) => `${r.startsOn} – ${r.endsOn}` },
    { key: 'hours', title: t('hrOffice.training.hours'), render: (_, r) => r.hours },
    {
      key: 'cost',
      title: t('hrOffice.training.cost'),
      render: (_, r) => formatMoney(r.cost),
    },
    {
      key: 'result',
      title: t('hrOffice.training.result'),
      render: (_, r) => (
        <Tag color={RESULT_COLORS[r.result as TrainingResult]}>
          {t(`hrOffice.training.results.${r.result as TrainingResult}`)}
          {r.score != null ? ` · ${r.score}` : ''}
        </Tag>
      ),
    },
  ];

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('hrOffice.training.pageTitle')}
        subtitle={t('hrOffice.training.subtitle')}
        extra={
          can('training:write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
              {t('hrOffice.training.record')}
            </Button>
          )
        }
      />
      <RecordTrainingModal
        open={recording}
        onClose={() => setRecording(false)}
        onDone={(record) => {
          void message.success(t('hrOffice.training.recorded', { number: record.number }));
          void queryClient.invalidateQueries({ queryKey: officeKeys.all });
        }}
      />
      <FilterBar filtered={filtered} onClear={clear}>
        <EmployeeSelect
          aria-label={t('hrOffice.employee')}
          value={state.employeeId}
          onChange={(employeeId) => setState({ employeeId })}
          style={{ width: 220 }}
        />
        <Select
          aria-label={t('hrOffice.training.kind')}
          placeholder={t('hrOffice.training.anyKind')}
          allowClear
          value={state.kind}
          onChange={(kind) => setState({ kind })}
          options={TRAINING_KINDS.map((k) => ({ value: k, label: t(`hrOffice.training.kinds.${k}`) }))}
          style={{ width: 140 }}
        />
      </FilterBar>
      <CursorTable<TrainingRecord>
        list={list}
        pages={pages}
        total={undefined}
        pageSize={state.limit}
        onPageSizeChange={(limit) => setState({ limit })}
        columns={columns}
        testId="training-table"
        empty={{
          noneText: t('hrOffice.training.empty'),
          filtered: filtered ? { text: t('hrOffice.emptyFiltered'), onClear: clear } : undefined,
        }}
      />
    </Flex>
  );
}
