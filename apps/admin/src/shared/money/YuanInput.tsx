import { Input, type InputProps } from 'antd';
import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import { yuanToMinorUnits } from './money';

/**
 * An amount typed in yuan. The form keeps the text as typed ("49.9"), never a number: it becomes 分 with
 * yuanToMinorUnits when sent, so no float ever stands between what was typed and what the API stores.
 */
export function YuanInput(props: Omit<InputProps, 'prefix' | 'inputMode'>) {
  return <Input {...props} prefix="¥" inputMode="decimal" autoComplete="off" spellCheck={false} />;
}

/** Checks the text is an amount of whole 分 (at most two decimals); `required` adds "enter an amount". */
export function yuanRules(t: TFunction, { required = true }: { required?: boolean } = {}): Rule[] {
  return [
    ...(required ? [{ required: true, whitespace: true, message: t('money.required') }] : []),
    {
      validator: async (_rule, value?: string) => {
        if (value?.trim() && yuanToMinorUnits(value) === undefined) throw new Error(t('money.invalid'));
      },
    },
  ];
}
