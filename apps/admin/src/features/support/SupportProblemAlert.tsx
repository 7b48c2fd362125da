import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../../api/problem';
import { supportProblemMessage } from './support-problems';

/** A refused support action, in our words for its code, with the field errors no form field shows. */
export function SupportProblemAlert({
  error,
  fieldErrors = [],
}: {
  error: unknown;
  fieldErrors?: readonly FieldProblem[];
}) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      title={supportProblemMessage(t, error)}
      description={
        fieldErrors.length > 0
          ? fieldErrors.map((f) => (
              <div key={f.field}>
                {f.field}: {f.message}
              </div>
            ))
          : undefined
      }
    />
  );
}
