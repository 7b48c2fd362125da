import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { yuanToMinorUnits } from '../../shared/money/money';
import { YuanInput, yuanRules } from '../../shared/money/YuanInput';
import { FormModal } from '../hr-organisation/FormModal';
import { moveCandidate, type Candidate } from './recruitment.api';

interface OfferValues {
  salary?: string;
  note?: string;
}

interface OfferModalProps {
  candidate: Candidate;
  open: boolean;
  onClose(): void;
  onDone(candidate: Candidate): void;
}

/** Moves the candidate to the offer stage with the monthly salary offered (typed in yuan, sent in 分). */
export function OfferModal({ candidate, open, onClose, onDone }: OfferModalProps) {
  const { t } = useTranslation();
  return (
    <FormModal<OfferValues, Candidate>
      title={t('hrPeople.candidate.offerTitle', { name: candidate.name })}
      open={open}
      onClose={onClose}
      onDone={onDone}
      fieldNames={['offeredSalary', 'note']}
      submitLabel={t('hrPeople.candidate.makeOffer')}
      submit={(values) =>
        moveCandidate(candidate.id, {
          stage: 'offer',
          offeredSalary: values.salary?.trim() ? yuanToMinorUnits(values.salary) : undefined,
          note: values.note?.trim() || undefined,
        })
      }
    >
      <Form.Item
        name="salary"
        label={t('hrPeople.candidate.offeredSalary')}
        rules={yuanRules(t, { required: false })}
      >
        <YuanInput autoFocus style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="note" label={t('hrPeople.candidate.note')}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
