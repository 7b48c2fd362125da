import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, theme } from 'antd';
// The two inputs themselves: `Input` from 'antd' would bring TextArea, Search and OTP along.
import Input from 'antd/es/input/Input';
import Password from 'antd/es/input/Password';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router-dom';
import { signIn, type Credentials } from '../../auth/auth.api';
import { redirectTarget } from '../../auth/sign-in-path';
import { sessionStore } from '../../auth/token-store';
import { useSession } from '../../auth/use-session';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { credentialErrors, fieldError, type CredentialErrors, type CredentialField } from './sign-in-form';
import { SignInError } from './SignInError';
import { SignInField } from './SignInField';

function SessionEndedNotice({ reason }: { reason: string | null }) {
  const { t } = useTranslation();
  if (reason === 'expired') return <Alert type="info" showIcon title={t('login.expired')} />;
  if (reason === 'password-changed')
    return <Alert type="success" showIcon title={t('login.passwordChanged')} />;
  return null;
}

export function LoginPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [params] = useSearchParams();
  const session = useSession();
  const queryClient = useQueryClient();
  // Whoever signs in here must not see what was cached for the previous user (signed out, or expired). Done
  // here rather than when signing out, since no page that shows that data is mounted any more.
  useEffect(() => queryClient.clear(), [queryClient]);
  const signInMutation = useMutation({
    mutationFn: signIn,
    onSuccess: (tokens) => sessionStore.save(tokens),
  });
  const [credentials, setCredentials] = useState<Credentials>({ username: '', password: '' });
  const [errors, setErrors] = useState<CredentialErrors>({});
  // As antd's Form did: a field is checked again as it is edited, both fields when the form is sent.
  const edit = (field: CredentialField, value: string) => {
    setCredentials((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: fieldError(field, value) }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = credentialErrors(credentials);
    setErrors(found);
    if (Object.keys(found).length === 0) signInMutation.mutate(credentials);
  };

  // Signed in (just now, or already when the page was opened): on to where the user was going.
  if (session.tokens) return <Navigate to={redirectTarget(params.get('next'))} replace />;

  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh', background: token.colorBgLayout }}>
      {/* A plain panel rather than antd's Card, which would bring Tabs along into the first download. */}
      <main
        style={{
          width: 380,
          padding: token.paddingLG,
          background: token.colorBgContainer,
          borderRadius: token.borderRadiusLG,
          boxShadow: token.boxShadowTertiary,
        }}
      >
        <Flex justify="space-between" align="start">
          <div>
            <h1 style={{ fontSize: token.fontSizeHeading3, margin: 0 }}>{t('login.title')}</h1>
            <span style={{ color: token.colorTextSecondary }}>{t('login.subtitle')}</span>
          </div>
          <LanguageSwitch />
        </Flex>
        <form name="login" noValidate style={{ marginTop: 24 }} onSubmit={submit}>
          {!signInMutation.isError && params.get('reason') && (
            <div style={{ marginBottom: token.marginLG }}>
              <SessionEndedNotice reason={params.get('reason')} />
            </div>
          )}
          <SignInField
            id="login_username"
            label={t('login.username')}
            error={errors.username && t(errors.username)}
          >
            {(describedBy) => (
              <Input
                id="login_username"
                prefix={<UserOutlined />}
                autoComplete="username"
                autoFocus
                value={credentials.username}
                onChange={(event) => edit('username', event.target.value)}
                status={errors.username ? 'error' : undefined}
                aria-invalid={errors.username ? true : undefined}
                aria-describedby={describedBy}
              />
            )}
          </SignInField>
          <SignInField
            id="login_password"
            label={t('login.password')}
            error={errors.password && t(errors.password)}
          >
            {(describedBy) => (
              <Password
                id="login_password"
                prefix={<LockOutlined />}
                autoComplete="current-password"
                value={credentials.password}
                onChange={(event) => edit('password', event.target.value)}
                status={errors.password ? 'error' : undefined}
                aria-invalid={errors.password ? true : undefined}
                aria-describedby={describedBy}
              />
            )}
          </SignInField>
          {signInMutation.isError && (
            <div style={{ marginBottom: token.marginLG }}>
              <SignInError error={signInMutation.error} />
            </div>
          )}
          <Button type="primary" htmlType="submit" block loading={signInMutation.isPending}>
            {t('login.submit')}
          </Button>
        </form>
      </main>
    </Flex>
  );
}
