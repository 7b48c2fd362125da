import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  'set-roles': 'purple',
  'sign-in': 'default',
};

/** What happened, as a tag; an action the console does not know yet is shown as the API names it. */
export function AuditAction({ action }: { action: string }) {
  const { t, i18n } = useTranslation();
  const label = i18n.exists(`auditLog.actions.${action}`)
    ? t(`auditLog.actions.${action as 'create'}`)
    : action;
  return <Tag color={COLORS[action] ?? 'default'}>{label}</Tag>;
}
