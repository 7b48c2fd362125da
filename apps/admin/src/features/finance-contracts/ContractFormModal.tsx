import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { contractPath } from '../../app/paths';
import '../../shared/format/dayjs-locales';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { minorUnitsToYuanText, yuanToMinorUnits } from '../../shared/money/money';
import { YuanInput, yuanRules } from '../../shared/money/YuanInput';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { OrgUnitTreeSelect } from '../org-units/OrgUnitTreeSelect';
import { CONTRACT_KINDS, type Contract, type ContractKind } from './contracts.api';
import { useSaveContract } from './use-contract-mutations';

interface Values {
  title?: string;
  kind?: ContractKind;
  counterpartyName?: string;
  orgUnitId?: string;
  amount?: string;
  signedOn?: Dayjs | null;
  startsOn?: Dayjs | null;
  endsOn?: Dayjs | null;
  note?: string;
}

const FIELDS = [
  'title',
  'kind',
  'counterpartyName',
  'orgUnitId',
  'amount',
  'signedOn',
  'startsOn',
  'endsOn',
  'note',
] as const;

const day = (value: string | null) => (value ? dayjs(value) : null);

/** A new contract (a draft), or the changes to a draft (sent with the version read). */
export function ContractFormModal({
  open,
  contract,
  onClose,
}: {
  open: boolean;
  contract?: Contract;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const save = useSaveContract();
  const { problem, report, clear } = useFormProblem(form, FIELDS);
  const label = (key: (typeof FIELDS)[number] | 'orgUnit') =>
    t(`financeContracts.fields.${key === 'orgUnitId' ? 'orgUnit' : key}`);

  const submit = (values: Values) => {
    clear();
    const input = {
      title: values.title!.trim(),
      kind: values.kind!,
      counterpartyName: values.counterpartyName!.trim(),
      orgUnitId: values.orgUnitId!,
      amount: yuanToMinorUnits(values.amount ?? '')!,
      signedOn: values.signedOn?.format('YYYY-MM-DD') ?? null,
      startsOn: values.startsOn!.format('YYYY-MM-DD'),
      endsOn: values.endsOn!.format('YYYY-MM-DD'),
      note: values.note?.trim() || null,
    };
    save.mutate(
      { contract, input },
      {
        onSuccess: (saved) => {
          void message.success(t('financeContracts.form.saved'));
          onClose();
          if (!contract) void navigate(contractPath(saved.id));
        },
        onError: report,
      },
    );
  };

  return (
    <Modal
      open={open}
      title={
        contract
          ? t('financeContracts.form.editTitle', { number: contract.number })
          : t('financeContracts.form.createTitle')
      }
      okText={t('common.save')}
      okButtonProps={{ loading: save.isPending, htmlType: 'submit', form: 'contract-form' }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <Form<Values>
        form={form}
        name="contract-form"
        layout="vertical"
        preserve={false}
        onFinish={submit}
        initialValues={
          contract
            ? {
                title: contract.title,
                kind: contract.kind,
                counterpartyName: contract.counterpartyName,
                orgUnitId: contract.orgUnitId,
                amount: minorUnitsToYuanText(contract.amount),
                signedOn: day(contract.signedOn),
                startsOn: day(contract.startsOn),
                endsOn: day(contract.endsOn),
                note: contract.note ?? undefined,
              }
            : { kind: 'purchase' }
        }
      >
        <Form.Item name="title" label={label('title')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} aria-label={label('title')} />
        </Form.Item>
        <Form.Item name="kind" label={label('kind')} rules={[{ required: true }]}>
          <Select
            aria-label={label('kind')}
            options={CONTRACT_KINDS.map((kind) => ({
              value: kind,
              label: t(`financeContracts.kinds.${kind}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="counterpartyName"
          label={label('counterpartyName')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={200} aria-label={label('counterpartyName')} />
        </Form.Item>
        <Form.Item name="orgUnitId" label={label('orgUnit')} rules={[{ required: true }]}>
          <OrgUnitTreeSelect aria-label={label('orgUnit')} />
        </Form.Item>
        <Form.Item name="amount" label={label('amount')} rules={yuanRules(t)}>
          <YuanInput aria-label={label('amount')} />
        </Form.Item>
        <Form.Item name="signedOn" label={label('signedOn')}>
          <DatePicker aria-label={label('signedOn')} />
        </Form.Item>
        <Form.Item name="startsOn" label={label('startsOn')} rules={[{ required: true }]}>
          <DatePicker aria-label={label('startsOn')} />
        </Form.Item>
        <Form.Item
          name="endsOn"
          label={label('endsOn')}
          dependencies={['startsOn']}
          rules={[
            { required: true },
            ({ getFieldValue }) => ({
              validator: async (_rule, value?: Dayjs | null) => {
                const startsOn = getFieldValue('startsOn') as Dayjs | null | undefined;
                if (value && startsOn && value.isBefore(startsOn, 'day'))
                  throw new Error(t('financeContracts.form.endsBeforeStart'));
              },
            }),
          ]}
        >
          <DatePicker aria-label={label('endsOn')} />
        </Form.Item>
        <Form.Item name="note" label={label('note')}>
          <Input.TextArea maxLength={1000} aria-label={label('note')} />
        </Form.Item>
      </Form>
      {problem && <ProblemAlert error={problem.error} fieldErrors={problem.unmatched} />}
    </Modal>
  );
}
