import { ApiOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from './audit.api';

const ICONS = { user: UserOutlined, 'api-key': ApiOutlined, system: SettingOutlined } as const;

/** Who did it: a user's username, an API key's name, or the system itself (jobs, seeding). */
export function AuditActor({ event }: { event: Pick<AuditEvent, 'actorKind' | 'actorLabel'> }) {
  const { t } = useTranslation();
  const Icon = ICONS[event.actorKind];
  return (
    <Space size={4} title={t(`auditLog.actorKinds.${event.actorKind}`)}>
      <Icon aria-label={t(`auditLog.actorKinds.${event.actorKind}`)} />
      {event.actorKind === 'system' ? t('auditLog.actorKinds.system') : (event.actorLabel ?? '—')}
    </Space>
  );
}
