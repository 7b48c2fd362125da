import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EmployeeStatus } from './employees.api';

const COLORS: Record<EmployeeStatus, string> = {
  probation: 'gold',
  regular: 'green',
  leaving: 'orange',
  left: 'default',
};

export function EmployeeStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  const known = status in COLORS ? (status as EmployeeStatus) : undefined;
  return (
    <Tag color={known ? COLORS[known] : 'default'}>
      {known ? t(`hrPeople.employee.statuses.${known}`) : status}
    </Tag>
  );
}
