import type { FieldProblem } from '@zhanggui/api-platform';
import type { PromotionKind, PromotionParameters, PromotionScope } from './promotion.entity';

interface Terms {
  kind: PromotionKind;
  targetScope: PromotionScope;
  targetIds?: string[];
  parameters: PromotionParameters;
  startsAt: Date;
  endsAt: Date;
}

const REQUIRED: Record<PromotionKind, Array<keyof PromotionParameters>> = {
  percent_off: ['basisPoints'],
  amount_off: ['amount'],
  spend_save: ['threshold', 'amount'],
  buy_x_get_y: ['buy', 'get'],
};

/**
 * The rules that tie a promotion's fields together (the DTO checks each field alone): each kind has its
 * parameters and no others, targets match the scope, the window is forward in time.
 */
export function termProblems(terms: Terms): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const required = REQUIRED[terms.kind];
  for (const name of required) {
    if (terms.parameters[name] === undefined)
      problems.push({ field: `parameters.${name}`, message: `is required for ${terms.kind}` });
  }
  const allowed = new Set<string>([...required, ...(terms.kind === 'spend_save' ? ['repeat'] : [])]);
  for (const name of Object.keys(terms.parameters)) {
    if (!allowed.has(name) && terms.parameters[name as keyof PromotionParameters] !== undefined) {
      problems.push({ field: `parameters.${name}`, message: `does not apply to ${terms.kind}` });
    }
  }
  const targets = terms.targetIds ?? [];
  if (terms.targetScope === 'order' && targets.length > 0)
    problems.push({ field: 'targetIds', message: 'must be empty for the whole order' });
  if (terms.targetScope !== 'order' && targets.length === 0)
    problems.push({ field: 'targetIds', message: `must name the ${terms.targetScope}` });
  if (
    terms.kind === 'spend_save' &&
    terms.parameters.amount !== undefined &&
    terms.parameters.threshold !== undefined &&
    terms.parameters.amount > terms.parameters.threshold
  ) {
    problems.push({ field: 'parameters.amount', message: 'must not exceed the threshold' });
  }
  if (terms.endsAt.getTime() <= terms.startsAt.getTime())
    problems.push({ field: 'endsAt', message: 'must be after startsAt' });
  return problems;
}
