import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import '../../shared/format/dayjs-locales';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { minorUnitsToYuanText, yuanToMinorUnits } from '../../shared/money/money';
import { YuanInput, yuanRules } from '../../shared/money/YuanInput';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { OrgUnitTreeSelect } from '../org-units/OrgUnitTreeSelect';
import { BUDGET_ACCOUNTS, BUDGET_PERIOD_KINDS, type Budget, type BudgetPeriodKind } from './budgets.api';
import { useSaveBudget } from './use-budget-mutations';

interface Values {
  orgUnitId?: string;
  periodKind?: BudgetPeriodKind;
  periodDate?: Dayjs | null;
  accountCode?: string;
  amount?: string;
  note?: string;
}

const PICKERS = { month: 'month', quarter: 'quarter', year: 'year' } as const;

/** A new budget for a unit, period and expense account; or a changed amount or note of one (If-Match). */
export function BudgetFormModal({
  open,
  budget,
  onClose,
}: {
  open: boolean;
  budget?: Budget;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveBudget();
  const { problem, report, clear } = useFormProblem(form, [
    'orgUnitId',
    'periodKind',
    'periodDate',
    'accountCode',
    'amount',
    'note',
  ]);
  const periodKind = Form.useWatch('periodKind', form) ?? 'month';
  const label = (key: string) => t(`financeExpenses.budgets.fields.${key as 'amount'}`);

  const submit = (values: Values) => {
    clear();
    const amount = yuanToMinorUnits(values.amount ?? '')!;
    const note = values.note?.trim() || null;
    const input = budget
      ? { amount, note }
      : {
          orgUnitId: values.orgUnitId!,
          periodKind: values.periodKind!,
          periodDate: values.periodDate!.format('YYYY-MM-DD'),
          accountCode: values.accountCode!,
          amount,
          note,
        };
    save.mutate(
      { budget, input },
      {
        onSuccess: () => {
          void message.success(t('financeExpenses.budgets.saved'));
          onClose();
        },
        onError: report,
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t(`financeExpenses.budgets.${budget ? 'editTitle' : 'createTitle'}`)}
      okText={t('common.save')}
      okButtonProps={{ loading: save.isPending, htmlType: 'submit', form: 'budget-form' }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="budget-form"
        layout="vertical"
        preserve={false}
        onFinish={submit}
        initialValues={
          budget
            ? { amount: minorUnitsToYuanText(budget.amount), note: budget.note ?? undefined }
            : { periodKind: 'month', accountCode: '6602' }
        }
      >
        {!budget && (
          <>
            <Form.Item name="orgUnitId" label={label('orgUnit')} rules={[{ required: true }]}>
              <OrgUnitTreeSelect aria-label={label('orgUnit')} />
            </Form.Item>
            <Form.Item name="periodKind" label={label('periodKind')} rules={[{ required: true }]}>
              <Select
                aria-label={label('periodKind')}
                options={BUDGET_PERIOD_KINDS.map((kind) => ({
                  value: kind,
                  label: t(`financeExpenses.budgets.periodKinds.${kind}`),
                }))}
              />
            </Form.Item>
            <Form.Item name="periodDate" label={label('period')} rules={[{ required: true }]}>
              <DatePicker picker={PICKERS[periodKind]} aria-label={label('period')} />
            </Form.Item>
            <Form.Item name="accountCode" label={label('account')} rules={[{ required: true }]}>
              <Select
                aria-label={label('account')}
                options={BUDGET_ACCOUNTS.map((code) => ({
                  value: code,
                  label: t(`financeExpenses.budgets.accounts.${code}`),
                }))}
              />
            </Form.Item>
          </>
        )}
        <Form.Item name="amount" label={label('amount')} rules={yuanRules(t)}>
          <YuanInput aria-label={label('amount')} autoFocus={!!budget} />
        </Form.Item>
        <Form.Item name="note" label={label('note')}>
          <Input.TextArea maxLength={500} aria-label={label('note')} />
        </Form.Item>
      </Form>
      {problem && <ProblemAlert error={problem.error} fieldErrors={problem.unmatched} />}
    </Modal>
  );
}
