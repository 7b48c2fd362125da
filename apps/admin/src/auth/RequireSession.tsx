import { useQuery } from '@tanstack/react-query';
import { Button, Flex } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { PageSpinner } from '../shared/ui/PageSpinner';
import { ProblemAlert } from '../shared/ui/ProblemAlert';
import { currentUserQuery, signOut } from './auth.api';
import { signInPath } from './sign-in-path';
import { useSession } from './use-session';

/**
 * The gate in front of every page but sign-in: without a session it sends the user to sign in (remembering
 * where they were), also the moment a session ends while they work, e.g. when it can no longer be refreshed.
 * With one, it loads who they are and what they may do before showing anything.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (!session.tokens) return <Navigate to={signInPath(location, session.ended)} replace />;
  return <CurrentUserLoaded>{children}</CurrentUserLoaded>;
}

function CurrentUserLoaded({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useQuery(currentUserQuery());
  if (me.data) return children;
  if (me.isError) {
    return (
      <Flex vertical gap="middle" style={{ maxWidth: 560, margin: '64px auto' }}>
        <ProblemAlert error={me.error} onRetry={() => void me.refetch()} />
        <Button onClick={() => void signOut()}>{t('account.signOut')}</Button>
      </Flex>
    );
  }
  return <PageSpinner />;
}
