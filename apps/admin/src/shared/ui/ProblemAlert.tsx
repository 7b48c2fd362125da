import { Alert, Button, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiProblem, type FieldProblem } from '../../api/problem';
import { translatedProblem } from './problem-text';

interface ProblemAlertProps {
  error: unknown;
  /** Field errors to list because no form field shows them. */
  fieldErrors?: readonly FieldProblem[];
  onRetry?: () => void;
}

/**
 * A failed request, explained: our translated headline when we know the code, the API's `detail`, and the
 * request id to quote to support.
 */
export function ProblemAlert({ error, fieldErrors = [], onRetry }: ProblemAlertProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const problem = error instanceof ApiProblem ? error : undefined;
  const network = problem?.code === 'NETWORK_ERROR';
  const title = network
    ? t('problem.networkTitle')
    : problem
      ? (translatedProblem(t, problem.code) ?? problem.title)
      : String(error);
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={
        problem && (
          <>
            <div>{network ? t('problem.networkText') : problem.detail}</div>
            {fieldErrors.length > 0 && (
              <ul style={{ margin: '4px 0', paddingInlineStart: 20 }}>
                {fieldErrors.map((fieldError) => (
                  <li key={`${fieldError.field}:${fieldError.message}`}>
                    {fieldError.field}: {fieldError.message}
                  </li>
                ))}
              </ul>
            )}
            {problem.requestId && (
              <div style={{ color: token.colorTextSecondary }}>
                {t('problem.requestId')}
                {/* One click selects the whole id, ready to copy into a support request. */}
                <code style={{ userSelect: 'all' }}>{problem.requestId}</code>
              </div>
            )}
          </>
        )
      }
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('problem.retry')}
          </Button>
        )
      }
    />
  );
}
