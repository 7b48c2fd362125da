import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Flex, Form, Input, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { redirectTarget, signIn, type Credentials } from './sign-in';
import { SignInError } from './SignInError';

export function LoginPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const signInMutation = useMutation({
    mutationFn: signIn,
    onSuccess: () => navigate(redirectTarget(params.get('next')), { replace: true }),
  });

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
