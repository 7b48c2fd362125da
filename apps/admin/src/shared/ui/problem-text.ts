import type { TFunction } from 'i18next';
import { ApiProblem } from '../../api/problem';
import { i18n } from '../../i18n/i18n';
import type { zhCN } from '../../i18n/locales/zh-CN';

type TranslatedProblemCode = keyof typeof zhCN.problems;

/** Our own wording for a problem code, when we have one (the API's `detail` is English only). */
export function translatedProblem(t: TFunction, code: string): string | undefined {
  const key = `problems.${code}`;
  return i18n.exists(key) ? t(`problems.${code as TranslatedProblemCode}`) : undefined;
}

/** One line for a toast after a failed action: our wording when we have one, else the API's detail. */
export function problemMessage(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiProblem)) return String(error);
  if (error.code === 'NETWORK_ERROR') return t('problem.networkTitle');
  return translatedProblem(t, error.code) ?? error.detail;
}
