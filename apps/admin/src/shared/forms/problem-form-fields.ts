import type { ApiProblem, FieldProblem } from '../../api/problem';

export interface FormFieldErrors {
  /** A form field's path (a dotted API field such as `address.city` becomes ['address', 'city']). */
  name: string[];
  errors: string[];
}

export interface ProblemOnForm {
  /** Errors to show under the form's own fields, in antd Form's `setFields` shape. */
  fields: FormFieldErrors[];
  /** Field errors the form has no field for: show them with the problem's detail instead of losing them. */
  unmatched: FieldProblem[];
}

/**
 * Spreads a problem's `errors[]` over a form's fields. `message` may replace the API's wording (for example
 * with a translated one); by default the API's message is shown.
 */
export function problemOnForm(
  problem: Pick<ApiProblem, 'errors'>,
  formFields: readonly string[],
  message: (error: FieldProblem) => string = (error) => error.message,
): ProblemOnForm {
  const byField = new Map<string, string[]>();
  const unmatched: FieldProblem[] = [];
  for (const error of problem.errors) {
    const topLevel = error.field.split('.')[0]!;
    if (!formFields.includes(topLevel)) {
      unmatched.push(error);
      continue;
    }
    const messages = byField.get(error.field) ?? [];
    const text = message(error);
    if (!messages.includes(text)) messages.push(text);
    byField.set(error.field, messages);
  }
  return {
    fields: [...byField].map(([field, errors]) => ({ name: field.split('.'), errors })),
    unmatched,
  };
}
