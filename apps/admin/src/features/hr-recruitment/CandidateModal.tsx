import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../hr-organisation/FormModal';
import { addCandidate, type Candidate } from './recruitment.api';

interface CandidateValues {
  name: string;
  phone?: string;
  email?: string;
  source?: string;
}

interface CandidateModalProps {
  open: boolean;
  hiringRequestId: string;
  onClose(): void;
  onDone(candidate: Candidate): void;
}

/** A new applicant for an approved request: they start in the "applied" column. */
export function CandidateModal({ open, hiringRequestId, onClose, onDone }: CandidateModalProps) {
  const { t } = useTranslation();
  return (
    <FormModal<CandidateValues, Candidate>
      title={t('hrPeople.candidate.add')}
      open={open}
      onClose={onClose}
      onDone={onDone}
      fieldNames={['name', 'phone', 'email', 'source']}
      submit={(values) =>
        addCandidate({
          hiringRequestId,
          name: values.name.trim(),
          phone: values.phone?.trim() || undefined,
          email: values.email?.trim() || undefined,
          source: values.source?.trim() || undefined,
        })
      }
    >
      <Form.Item
        name="name"
        label={t('hrPeople.candidate.name')}
        rules={[{ required: true, whitespace: true, message: t('hrPeople.candidate.nameRequired') }]}
      >
        <Input autoFocus maxLength={100} />
      </Form.Item>
      <Form.Item name="phone" label={t('hrPeople.file.phone')}>
        <Input maxLength={32} inputMode="tel" />
      </Form.Item>
      <Form.Item name="email" label={t('hrPeople.file.email')} rules={[{ type: 'email' }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="source" label={t('hrPeople.candidate.source')}>
        <Input maxLength={60} placeholder={t('hrPeople.candidate.sourcePlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}
