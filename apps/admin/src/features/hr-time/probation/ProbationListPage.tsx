import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Flex, Tag, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { probationFilePath } from '../../../app/paths';
import { useCursorPages } from '../../../shared/pagination/use-cursor-pages';
import { CursorTable } from '../../../shared/ui/CursorTable';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { OrgUnitName } from '../../org-units/OrgUnitName';
import { beijingToday } from '../attendance/attendance-rules';
import type { EmployeeSummary } from '../shared/hr-time.api';
import { probationersQuery } from './probation.api';
import { daysUntil, urgency } from './probation-rules';

const URGENCY_COLOR = { overdue: 'red', soon: 'orange', later: undefined } as const;

/** 试用期考核: everyone still on probation with the day it ends; open one to review. */
export function ProbationListPage() {
  const { t } = useTranslation();
  const pages = useCursorPages('probation');
  const list = useQuery({ ...probationersQuery(pages.cursor), placeholderData: keepPreviousData });
  const today = beijingToday();
  const columns: TableProps<EmployeeSummary>['columns'] = [
    {
      key: 'employee',
      title: t('hrTime.common.employee'),
      render: (_, e) => <Link to={probationFilePath(e.id)}>{`${e.name}（${e.number}）`}</Link>,
    },
    { key: 'unit', title: t('hrTime.probation.unit'), render: (_, e) => <OrgUnitName id={e.orgUnitId} /> },
    {
      key: 'position',
      title: t('hrTime.probation.position'),
      render: (_, e) => e.positionTitle ?? t('common.none'),
    },
    { key: 'hireDate', title: t('hrTime.probation.hireDate'), render: (_, e) => e.hireDate },
    {
      key: 'endDate',
      title: t('hrTime.probation.endDate'),
      render: (_, e) => {
        if (!e.probationEndDate) return t('common.none');
        const level = urgency(e.probationEndDate, today);
        const days = daysUntil(e.probationEndDate, today);
        return (
          <Flex gap="small" align="center">
            {e.probationEndDate}
            {level !== 'later' && (
              <Tag color={URGENCY_COLOR[level]}>
                {level === 'overdue'
                  ? t('hrTime.probation.overdue', { count: -days })
                  : t('hrTime.probation.dueIn', { count: days })}
              </Tag>
            )}
          </Flex>
        );
      },
    },
  ];
  return (
    <Flex vertical gap="middle">
      <PageHeader title={t('hrTime.probation.title')} subtitle={t('hrTime.probation.subtitle')} />
      <CursorTable<EmployeeSummary>
        list={list}
        pages={pages}
        total={list.data?.total}
        pageSize={50}
        onPageSizeChange={() => undefined}
        columns={columns}
        testId="probation-table"
        empty={{ noneText: t('hrTime.probation.empty') }}
      />
    </Flex>
  );
}
