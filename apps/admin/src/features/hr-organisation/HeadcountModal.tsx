import { Alert, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from './FormModal';
import { setHeadcount, type Headcount, type Position } from './organisation.api';

interface HeadcountValues {
  planned: number;
  note?: string;
}

interface HeadcountModalProps {
  open: boolean;
  position: Position | undefined;
  current: Headcount | undefined;
  period: string;
  onClose(): void;
  onDone(): void;
}

/** The planned headcount (编制) of one position for one year. */
export function HeadcountModal({ open, position, current, period, onClose, onDone }: HeadcountModalProps) {
  const { t } = useTranslation();
  if (!position) return null;
  return (
    <FormModal<HeadcountValues, Headcount>
      title={t('hrPeople.org.planTitle', { title: position.title, period })}
      open={open}
      onClose={onClose}
      onDone={onDone}
      fieldNames={['planned', 'note']}
      initialValues={{ planned: current?.planned ?? 0, note: current?.note ?? undefined }}
      submit={(values) => setHeadcount(position.id, period, values.planned, values.note)}
    >
      {current && (
        <Alert
          type="info"
          style={{ marginBottom: 16 }}
          title={t('hrPeople.org.planNow', { filled: current.filled, open: current.open })}
        />
      )}
      <Form.Item
        name="planned"
        label={t('hrPeople.org.planned')}
        rules={[{ required: true, message: t('hrPeople.org.plannedRequired') }]}
      >
        <InputNumber min={0} max={10000} precision={0} autoFocus style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="note" label={t('hrPeople.org.planNote')}>
        <Input maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
