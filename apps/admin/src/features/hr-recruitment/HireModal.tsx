import { DatePicker, Form, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import '../../shared/format/dayjs-locales';
import { minorUnitsToYuanText, yuanToMinorUnits } from '../../shared/money/money';
import { YuanInput, yuanRules } from '../../shared/money/YuanInput';
import { FormModal } from '../hr-organisation/FormModal';
import { hireCandidate, type Candidate } from './recruitment.api';

interface HireValues {
  hireDate: Dayjs;
  probationMonths: number;
  salary?: string;
}

interface HireModalProps {
  candidate: Candidate;
  open: boolean;
  onClose(): void;
  onDone(candidate: Candidate): void;
}

/** Hires a candidate with an offer: the API creates the employee on probation and answers with their id. */
export function HireModal({ candidate, open, onClose, onDone }: HireModalProps) {
  const { t } = useTranslation();
  return (
    <FormModal<HireValues, Candidate>
      title={t('hrPeople.candidate.hireTitle', { name: candidate.name })}
      open={open}
      onClose={onClose}
      onDone={onDone}
      fieldNames={['hireDate', 'probationMonths', 'salary']}
      submitLabel={t('hrPeople.candidate.hire')}
      initialValues={{
        hireDate: dayjs(),
        probationMonths: 3,
        salary: candidate.offeredSalary == null ? undefined : minorUnitsToYuanText(candidate.offeredSalary),
      }}
      submit={(values) =>
        hireCandidate(candidate.id, {
          hireDate: values.hireDate.format('YYYY-MM-DD'),
          probationMonths: values.probationMonths,
          salary: values.salary?.trim() ? yuanToMinorUnits(values.salary) : undefined,
        })
      }
    >
      <Form.Item
        name="hireDate"
        label={t('hrPeople.employee.hireDate')}
        rules={[{ required: true, message: t('hrPeople.candidate.hireDateRequired') }]}
      >
        <DatePicker autoFocus />
      </Form.Item>
      <Form.Item name="probationMonths" label={t('hrPeople.candidate.probationMonths')}>
        <InputNumber min={0} max={6} precision={0} />
      </Form.Item>
      <Form.Item
        name="salary"
        label={t('hrPeople.candidate.salary')}
        rules={yuanRules(t, { required: false })}
      >
        <YuanInput style={{ width: 200 }} />
      </Form.Item>
    </FormModal>
  );
}
