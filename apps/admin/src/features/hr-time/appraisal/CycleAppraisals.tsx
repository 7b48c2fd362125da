import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../../auth/use-session';
import { useCursorPages } from '../../../shared/pagination/use-cursor-pages';
import { CursorTable } from '../../../shared/ui/CursorTable';
import { OrgUnitName } from '../../org-units/OrgUnitName';
import { EmployeeName } from '../shared/EmployeeName';
import { cycleAppraisalsQuery, type Appraisal, type CycleDetail } from './appraisal.api';
import { CalibrateModal } from './CalibrateModal';

/** The calibration table: each appraisal's self and manager scores, the grade they give and the final grade. */
export function CycleAppraisals({ cycle }: { cycle: CycleDetail }) {
  const { t } = useTranslation();
  const can = usePermissions();
  const pages = useCursorPages(cycle.id);
  const list = useQuery({
    ...cycleAppraisalsQuery(cycle.id, pages.cursor),
    placeholderData: keepPreviousData,
  });
  const [calibrating, setCalibrating] = useState<Appraisal>();
  const calibrates = cycle.status === 'calibration' && can('appraisals:write');
  const columns: TableProps<Appraisal>['columns'] = [
    {
      key: 'employee',
      title: t('hrTime.common.employee'),
      render: (_, a) => <EmployeeName id={a.employeeId} />,
    },
    { key: 'unit', title: t('hrTime.appraisal.unit'), render: (_, a) => <OrgUnitName id={a.orgUnitId} /> },
    {
      key: 'self',
      title: t('hrTime.appraisal.selfScore'),
      align: 'right',
      render: (_, a) => a.selfScore ?? <Tag>{t('hrTime.appraisal.notScored')}</Tag>,
    },
    {
      key: 'manager',
      title: t('hrTime.appraisal.managerScore'),
      align: 'right',
      render: (_, a) => a.managerScore ?? <Tag>{t('hrTime.appraisal.notScored')}</Tag>,
    },
    { key: 'grade', title: t('hrTime.appraisal.grade'), render: (_, a) => a.grade ?? '' },
    {
      key: 'final',
      title: t('hrTime.appraisal.finalGrade'),
      render: (_, a) =>
        a.finalGrade ? (
          <span title={a.adjustmentReason ?? undefined}>
            {a.finalGrade}
            {a.grade && a.finalGrade !== a.grade && (
              <Tag style={{ marginInlineStart: 4 }}>{t('hrTime.appraisal.adjusted')}</Tag>
            )}
          </span>
        ) : (
          ''
        ),
    },
    ...(calibrates
      ? [
          {
            key: 'actions',
            title: '',
            render: (_: unknown, a: Appraisal) => (
              <Button size="small" onClick={() => setCalibrating(a)}>
                {t('hrTime.appraisal.calibrate')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      <CursorTable<Appraisal>
        list={list}
        pages={pages}
        total={list.data?.total}
        pageSize={100}
        onPageSizeChange={() => undefined}
        columns={columns}
        testId="cycle-appraisals-table"
        empty={{
          noneText: t(
            cycle.status === 'draft' ? 'hrTime.appraisal.noAppraisalsYet' : 'hrTime.appraisal.noAppraisals',
          ),
        }}
      />
      {calibrating && <CalibrateModal appraisal={calibrating} onClose={() => setCalibrating(undefined)} />}
    </>
  );
}
