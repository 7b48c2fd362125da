import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../hr-organisation/FormModal';
import { recordContract, renewContract } from './employee-changes.api';
import { CONTRACT_TYPES, type ContractType } from './contract-labels';
import type { LabourContract } from './employees.api';

interface ContractValues {
  type: ContractType;
  startsOn?: Dayjs;
  endsOn?: Dayjs;
  probationMonths?: number;
  note?: string;
}

interface ContractFormModalProps {
  employeeId: string;
  /** The active contract being renewed; without it a new contract is recorded. */
  renewing?: LabourContract;
  open: boolean;
  onClose(): void;
  onDone(contract: LabourContract): void;
}

const day = (value: Dayjs | undefined) => value?.format('YYYY-MM-DD');

/** Record a signed labour contract, or renew the active one (its successor starts the day after by default). */
export function ContractFormModal({ employeeId, renewing, open, onClose, onDone }: ContractFormModalProps) {
  const { t } = useTranslation();
  return (
    <FormModal<ContractValues, LabourContract>
      title={
        renewing
          ? t('hrPeople.contractForm.renewTitle', { number: renewing.number })
          : t('hrPeople.contractForm.recordTitle')
      }
      open={open}
      onClose={onClose}
      onDone={onDone}
      fieldNames={['type', 'startsOn', 'endsOn', 'probationMonths', 'note']}
      initialValues={{
        type: (renewing?.type as ContractType | undefined) ?? 'fixed_term',
        probationMonths: 0,
      }}
      submitLabel={renewing ? t('hrPeople.contractForm.renew') : t('hrPeople.contractForm.record')}
      submit={(v) => {
        const terms = {
          type: v.type,
          endsOn: v.type === 'open_ended' ? undefined : day(v.endsOn),
          probationMonths: v.probationMonths ?? 0,
          note: v.note?.trim() || undefined,
        };
        return renewing
          ? renewContract(renewing, { ...terms, startsOn: day(v.startsOn) })
          : recordContract({ ...terms, employeeId, startsOn: day(v.startsOn) ?? '' });
      }}
    >
      <Form.Item name="type" label={t('hrPeople.contracts.type')}>
        <Select
          options={CONTRACT_TYPES.map((c) => ({ value: c, label: t(`hrPeople.contracts.types.${c}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="startsOn"
        label={t('hrPeople.contracts.startsOn')}
        extra={renewing ? t('hrPeople.contractForm.startsAfter') : undefined}
        rules={renewing ? [] : [{ required: true, message: t('hrPeople.contractForm.startsRequired') }]}
      >
        <DatePicker />
      </Form.Item>
      <Form.Item noStyle dependencies={['type']}>
        {({ getFieldValue }) =>
          getFieldValue('type') !== 'open_ended' && (
            <Form.Item
              name="endsOn"
              label={t('hrPeople.contracts.endsOn')}
              rules={[{ required: true, message: t('hrPeople.contractForm.endsRequired') }]}
            >
              <DatePicker />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item name="probationMonths" label={t('hrPeople.contractForm.probationMonths')}>
        <InputNumber min={0} max={6} precision={0} />
      </Form.Item>
      <Form.Item name="note" label={t('hrPeople.contractForm.note')}>
        <Input.TextArea maxLength={1000} rows={2} />
      </Form.Item>
    </FormModal>
  );
}
