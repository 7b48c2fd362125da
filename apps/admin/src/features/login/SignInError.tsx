import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/problem';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { signInLock } from './sign-in-lock';

const timeFormats = new Map<string, Intl.DateTimeFormat>();
function formatTime(date: Date, language: string): string {
  let format = timeFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { timeStyle: 'medium' });
    timeFormats.set(language, format);
  }
  return format.format(date);
}

/** Why signing in did not work: wrong username or password (401), locked after many failures (429), or else. */
export function SignInError({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  if (error instanceof ApiProblem && error.status === 401) {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={t('login.failedTitle')}
        description={t('login.failedText')}
      />
    );
  }
  if (error instanceof ApiProblem && error.code === 'SIGN_IN_LOCKED') {
    const lock = signInLock(error);
    const description = lock
      ? t('login.lockedText', {
          time: formatTime(lock.until, i18n.language),
          wait:
            'minutes' in lock.wait ? t('login.waitMinutes', lock.wait) : t('login.waitSeconds', lock.wait),
        })
      : t('login.lockedTextNoTime');
    return (
      <Alert type="warning" showIcon role="alert" title={t('login.lockedTitle')} description={description} />
    );
  }
  return <ProblemAlert error={error} />;
}
