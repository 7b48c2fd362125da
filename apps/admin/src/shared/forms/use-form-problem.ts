import type { FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, type FieldProblem } from '../../api/problem';
import { translatedProblem } from '../ui/problem-text';
import { problemOnForm } from './problem-form-fields';

export interface ShownProblem {
  error: unknown;
  /** Field errors the form has no field for. */
  unmatched: readonly FieldProblem[];
}

/**
 * Reports a failed submit on a form: field errors go under their fields (in our words when the code is one we
 * translate), and whatever no field can show is kept for an alert above the buttons.
 */
export function useFormProblem<Values>(form: FormInstance<Values>, fieldNames: readonly string[]) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<ShownProblem>();

  const report = (error: unknown) => {
    if (!(error instanceof ApiProblem)) {
      setProblem({ error, unmatched: [] });
      return;
    }
    // VALIDATION_FAILED's field messages are specific; our translation of it is only a general summary.
    const translated = error.code === 'VALIDATION_FAILED' ? undefined : translatedProblem(t, error.code);
    const { fields, unmatched } = problemOnForm(
      error,
      fieldNames,
      (fieldError) => translated ?? fieldError.message,
    );
    form.setFields(fields as Parameters<FormInstance<Values>['setFields']>[0]);
    setProblem(fields.length > 0 && unmatched.length === 0 ? undefined : { error, unmatched });
  };

  return { problem, report, clear: () => setProblem(undefined) };
}
