import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../hr-organisation/FormModal';
import { terminateContract } from './employee-changes.api';
import type { LabourContract } from './employees.api';

interface TerminationValues {
  terminatedOn: Dayjs;
  reason: string;
}

/** Ends an active labour contract before its term (协商解除, 辞职…): the last day in force and why, both on file. */
export function TerminateContractModal(props: {
  contract: LabourContract;
  onClose(): void;
  onDone(contract: LabourContract): void;
}) {
  const { t } = useTranslation();
  const { contract } = props;
  return (
    <FormModal<TerminationValues, LabourContract>
      open
      onClose={props.onClose}
      onDone={props.onDone}
      title={t('hrPeople.contractForm.terminateTitle', { number: contract.number })}
      submitLabel={t('hrPeople.contractForm.terminate')}
      fieldNames={['terminatedOn', 'reason']}
      submit={(v) =>
        terminateContract(contract, {
          terminatedOn: v.terminatedOn.format('YYYY-MM-DD'),
          reason: v.reason.trim(),
        })
      }
    >
      <Form.Item
        name="terminatedOn"
        label={t('hrPeople.contractForm.lastDay')}
        rules={[{ required: true, message: t('hrPeople.contractForm.lastDayRequired') }]}
      >
        <DatePicker />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('hrPeople.contractForm.reason')}
        rules={[{ required: true, whitespace: true, message: t('hrPeople.contractForm.reasonRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
