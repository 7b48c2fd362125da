import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/problem';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';

/** Why signing in did not work: not offered yet (404), refused (401, the API says why), or anything else. */
export function SignInError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiProblem && error.status === 404) {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        title={t('login.unavailableTitle')}
        description={t('login.unavailableText')}
      />
    );
  }
  if (error instanceof ApiProblem && error.status === 401) {
    return (
      <Alert type="error" showIcon role="alert" title={t('login.failedTitle')} description={error.detail} />
    );
  }
  return <ProblemAlert error={error} />;
}
