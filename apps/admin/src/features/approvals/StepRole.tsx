import { useTranslation } from 'react-i18next';
import { OrgUnitName } from '../org-units/OrgUnitName';
import { useRoleNames } from '../roles/use-role-names';
import type { ApprovalStep } from './approvals.api';

/** Who decides a step: "区域经理 · 珠三角区域", or the role alone company-wide ("财务 · 整个公司"). */
export function StepRole({ step }: { step: Pick<ApprovalStep, 'role' | 'orgUnitId'> }) {
  const { t } = useTranslation();
  const { nameOf } = useRoleNames();
  return (
    <>
      {nameOf(step.role)} · <OrgUnitName id={step.orgUnitId} noneText={t('common.wholeCompany')} />
    </>
  );
}
