import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Flex, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/use-session';
import '../../shared/format/dayjs-locales';
import { FormActions } from '../../shared/forms/FormActions';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { formatMoney, yuanToMinorUnits } from '../../shared/money/money';
import { YuanInput, yuanRules } from '../../shared/money/YuanInput';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import {
  emptyLine,
  formLinesForPolicy,
  gradeOfRoles,
  MIN_JUSTIFICATION_LENGTH,
  policyWarnings,
  toNewClaim,
  totalOf,
  type ClaimFormValues,
  type ClaimLineValues,
} from './claim-form';
import { EXPENSE_CATEGORIES, policyLimitsQuery, type NewClaim } from './expenses.api';
import { LinePolicyNote } from './LinePolicyNote';

interface ClaimFormProps {
  initialValues?: ClaimFormValues;
  /** Resolves when saved; a refusal (an ApiProblem) is shown on the form. */
  onSave(claim: NewClaim): Promise<unknown>;
  submitting: boolean;
  onCancel(): void;
}

/**
 * The claim with its receipt lines as rows: date, category, amount in yuan, description, and a justification
 * once a line passes the policy. Every cell is a plain input in reading order, so Tab walks the rows and Enter
 * saves; "add a line" puts the cursor in the new row's date.
 */
export function ClaimForm({ initialValues, onSave, submitting, onCancel }: ClaimFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ClaimFormValues>();
  const { problem, report, clear } = useFormProblem(form, ['title', 'lines']);
  const me = useCurrentUser();
  const limits = useQuery(policyLimitsQuery());
  const [focusRow, setFocusRow] = useState<number>();
  const lines = (Form.useWatch('lines', form) ?? []) as Array<ClaimLineValues | undefined>;
  const warnings = policyWarnings(
    formLinesForPolicy(lines),
    gradeOfRoles(me.roles.map((r) => r.role)),
    limits.data ?? [],
  );

  const submit = (values: ClaimFormValues) => {
    clear();
    onSave(toNewClaim(values)).catch(report);
  };

  return (
    <Form<ClaimFormValues>
      form={form}
      name="expense-claim"
      layout="vertical"
      initialValues={initialValues ?? { lines: [emptyLine()] }}
      onFinish={submit}
    >
      <Form.Item
        name="title"
        label={t('financeExpenses.fields.title')}
        rules={[{ required: true, whitespace: true, message: t('financeExpenses.form.titleRequired') }]}
      >
        <Input maxLength={200} autoFocus aria-label={t('financeExpenses.fields.title')} />
      </Form.Item>
      <Typography.Title level={5}>{t('financeExpenses.form.lines')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('financeExpenses.form.hint')}</Typography.Paragraph>
      <Form.List name="lines">
        {(fields, { add, remove }) => (
          <Flex vertical gap={4} data-testid="claim-lines-editor">
            {fields.map((field, index) => {
              const n = index + 1;
              const mine = warnings.filter((w) => w.lineIndex === index);
              const label = (key: string) => `${t(`financeExpenses.fields.${key as 'amount'}`)} ${n}`;
              return (
                <Flex key={field.key} vertical>
                  <Flex gap="small" wrap align="start">
                    <Form.Item
                      name={[field.name, 'expenseDate']}
                      rules={[{ required: true, message: t('financeExpenses.form.dateRequired') }]}
                    >
                      <DatePicker
                        aria-label={label('expenseDate')}
                        placeholder={t('financeExpenses.fields.expenseDate')}
                        autoFocus={focusRow === index}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'category']}
                      rules={[{ required: true, message: t('financeExpenses.form.categoryRequired') }]}
                    >
                      <Select
                        aria-label={label('category')}
                        placeholder={t('financeExpenses.fields.category')}
                        showSearch={{ optionFilterProp: 'label' }}
                        style={{ width: 170 }}
                        options={EXPENSE_CATEGORIES.map((category) => ({
                          value: category,
                          label: t(`financeExpenses.categories.${category}`),
                        }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'amount']}
                      rules={[
                        ...yuanRules(t),
                        {
                          validator: async (_rule, value?: string) => {
                            if (value?.trim() && yuanToMinorUnits(value) === 0)
                              throw new Error(t('financeExpenses.form.amountPositive'));
                          },
                        },
                      ]}
                    >
                      <YuanInput aria-label={label('amount')} placeholder="0.00" style={{ width: 130 }} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'description']}
                      rules={[
                        {
                          required: true,
                          whitespace: true,
                          message: t('financeExpenses.form.descriptionRequired'),
                        },
                      ]}
                      style={{ flex: 1, minWidth: 200 }}
                    >
                      <Input
                        maxLength={500}
                        aria-label={label('description')}
                        placeholder={t('financeExpenses.fields.description')}
                      />
                    </Form.Item>
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={t('financeExpenses.form.removeLine', { n })}
                      disabled={fields.length === 1}
                      onClick={() => remove(field.name)}
                    />
                  </Flex>
                  {mine.length > 0 && (
                    <Flex vertical gap={4} style={{ marginTop: -16, marginBottom: 8 }}>
                      <LinePolicyNote warnings={mine} />
                      <Form.Item
                        name={[field.name, 'justification']}
                        rules={[
                          {
                            min: MIN_JUSTIFICATION_LENGTH,
                            message: t('financeExpenses.form.justificationTooShort'),
                          },
                        ]}
                      >
                        <Input
                          maxLength={500}
                          aria-label={label('justification')}
                          placeholder={t('financeExpenses.form.justificationHint')}
                        />
                      </Form.Item>
                    </Flex>
                  )}
                </Flex>
              );
            })}
            <Flex justify="space-between" align="center">
              <Button
                icon={<PlusOutlined />}
                onClick={() => {
                  setFocusRow(fields.length);
                  add(emptyLine());
                }}
              >
                {t('financeExpenses.form.addLine')}
              </Button>
              <Typography.Text strong data-testid="claim-form-total">
                {t('financeExpenses.form.total', {
                  amount: formatMoney(totalOf(lines.filter(Boolean) as ClaimLineValues[])),
                })}
              </Typography.Text>
            </Flex>
          </Flex>
        )}
      </Form.List>
      {problem && <ProblemAlert error={problem.error} fieldErrors={problem.unmatched} />}
      <div style={{ marginTop: 16 }}>
        <FormActions
          submitting={submitting}
          onCancel={onCancel}
          submitLabel={t('financeExpenses.form.save')}
        />
      </div>
    </Form>
  );
}
