import { useQuery } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { minorUnitsToYuanText, yuanToMinorUnits } from '../../shared/money/money';
import { YuanInput, yuanRules } from '../../shared/money/YuanInput';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { territoriesQuery, type SalesTargetSummary } from './sales-targets.api';
import { useSaveSalesTarget } from './use-target-mutations';

interface Values {
  orgUnitId?: string;
  amount?: string;
  note?: string;
}

/** A province's target for the shown period; or a changed amount or note of one (If-Match). */
export function TargetFormModal({
  open,
  period,
  target,
  onClose,
}: {
  open: boolean;
  period: string;
  target?: SalesTargetSummary;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveSalesTarget();
  const territories = useQuery({ ...territoriesQuery(), enabled: open && !target });
  const { problem, report, clear } = useFormProblem(form, ['orgUnitId', 'amount', 'note']);
  const f = (key: string) => t(`salesTargets.fields.${key as 'amount'}`);
  const provinces = (territories.data?.data ?? []).filter((unit) => unit.kind === 'province');

  const submit = (values: Values) => {
    clear();
    const amount = yuanToMinorUnits(values.amount ?? '')!;
    const note = values.note?.trim() || undefined;
    const input = target ? { amount, note } : { period, orgUnitId: values.orgUnitId!, amount, note };
    save.mutate(
      { target, input },
      {
        onSuccess: () => {
          void message.success(t('salesTargets.targetForm.saved'));
          onClose();
        },
        onError: report,
      },
    );
  };

  return (
    <Modal
      open={open}
      title={`${t(`salesTargets.targetForm.${target ? 'editTitle' : 'createTitle'}`)} · ${target?.period ?? period}`}
      okText={t('common.save')}
      okButtonProps={{ loading: save.isPending, htmlType: 'submit', form: 'sales-target-form' }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="sales-target-form"
        layout="vertical"
        preserve={false}
        onFinish={submit}
        initialValues={
          target && target.amount !== null
            ? { amount: minorUnitsToYuanText(target.amount), note: target.note ?? undefined }
            : {}
        }
      >
        {!target && (
          <Form.Item name="orgUnitId" label={f('province')} rules={[{ required: true }]}>
            <Select
              aria-label={f('province')}
              loading={territories.isPending}
              options={provinces.map((unit) => ({ value: unit.id, label: unit.name }))}
            />
          </Form.Item>
        )}
        <Form.Item name="amount" label={f('amount')} rules={yuanRules(t)}>
          <YuanInput aria-label={f('amount')} autoFocus={!!target} />
        </Form.Item>
        <Form.Item name="note" label={f('note')}>
          <Input.TextArea maxLength={1000} aria-label={f('note')} />
        </Form.Item>
      </Form>
      {problem && <ProblemAlert error={problem.error} fieldErrors={problem.unmatched} />}
    </Modal>
  );
}
