import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge, Tooltip, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PATHS } from '../app/paths';
import { usePermissions } from '../auth/use-session';
import { approvalInboxCountQuery } from '../features/approvals/approvals.api';

/**
 * The header's way into approvals, with how many wait for the user. Zero shows too, in grey: "nothing waiting"
 * is news, unlike a badge that is simply missing.
 */
export function ApprovalsBell() {
  const can = usePermissions();
  if (!can('approvals:use')) return null;
  return <Bell />;
}

function Bell() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const waiting = useQuery(approvalInboxCountQuery());
  const label = t('header.approvalsWaiting', { count: waiting.data ?? 0 });
  return (
    <Tooltip title={label}>
      <Link
        to={PATHS.approvals}
        aria-label={label}
        data-testid="approvals-bell"
        style={{ display: 'inline-flex', padding: '4px 8px', color: token.colorText }}
      >
        <Badge
          count={waiting.data}
          showZero
          size="small"
          color={waiting.data ? undefined : token.colorTextQuaternary}
        >
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Link>
    </Tooltip>
  );
}
