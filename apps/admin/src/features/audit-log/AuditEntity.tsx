import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PATHS } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { ApiKeyName } from '../api-keys/ApiKeyName';
import { OrgUnitName } from '../org-units/OrgUnitName';
import { UserName } from '../users/UserName';
import { WebhookName } from '../webhooks/WebhookName';
import type { AuditEvent } from './audit.api';
import { entityTypeLabel } from './entity-type-label';

/**
 * The record an event is about, by name where the reader may look it up, else by the end of its id (UUIDv7 ids
 * begin with their creation time, so records made together share their first characters). A user, a webhook
 * subscription and an approval request open in their own pages.
 */
export function AuditEntity({ event }: { event: Pick<AuditEvent, 'entityType' | 'entityId'> }) {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const { entityType, entityId } = event;
  const shortId = `…${entityId.slice(-8)}`;
  let name = <>{shortId}</>;
  if (entityType === 'org_unit') name = <OrgUnitName id={entityId} />;
  if (entityType === 'user_account' && can('users:read')) {
    name = (
      <Link to={`${PATHS.users}?user=${entityId}`}>
        <UserName id={entityId} fallback={shortId} />
      </Link>
    );
  }
  if (entityType === 'api_key' && can('api-keys:read'))
    name = <ApiKeyName id={entityId} fallback={shortId} />;
  if (entityType === 'webhook_subscription' && can('webhooks:read')) {
    name = (
      <Link to={`${PATHS.webhooks}?subscription=${entityId}`}>
        <WebhookName id={entityId} fallback={shortId} />
      </Link>
    );
  }
  if (entityType === 'approval_request' && can('approvals:use'))
    name = <Link to={`${PATHS.approvals}?request=${entityId}`}>{shortId}</Link>;
  return (
    <span title={entityId}>
      <Typography.Text type="secondary">{entityTypeLabel(t, i18n, entityType)}</Typography.Text> {name}
    </span>
  );
}
