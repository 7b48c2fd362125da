import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Input, theme } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router-dom';
import { signIn, type Credentials } from '../../auth/auth.api';
import { redirectTarget } from '../../auth/sign-in-path';
import { sessionStore } from '../../auth/token-store';
import { useSession } from '../../auth/use-session';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { SignInError } from './SignInError';

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
        <Form<Credentials>
          name="login"
          layout="vertical"
          requiredMark={false}
          style={{ marginTop: 24 }}
          onFinish={(credentials) => signInMutation.mutate(credentials)}
        >
          {!signInMutation.isError && params.get('reason') && (
            <Form.Item>
              <SessionEndedNotice reason={params.get('reason')} />
            </Form.Item>
          )}
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          {signInMutation.isError && (
            <Form.Item>
              <SignInError error={signInMutation.error} />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" block loading={signInMutation.isPending}>
            {t('login.submit')}
          </Button>
        </Form>
      </main>
    </Flex>
  );
}
