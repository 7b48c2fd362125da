import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from './FormModal';
import { createPosition, updatePosition, type Position } from './organisation.api';

interface PositionValues {
  code: string;
  title: string;
  grade?: string;
  duties?: string;
  status?: 'active' | 'archived';
}

interface PositionModalProps {
  open: boolean;
  orgUnitId: string;
  /** The position to change; none for a new one. */
  position: Position | undefined;
  onClose(): void;
  onDone(): void;
}

/** A position of the unit: title, grade and the written duties (岗位职责); the code is fixed once created. */
export function PositionModal({ open, orgUnitId, position, onClose, onDone }: PositionModalProps) {
  const { t } = useTranslation();
  const submit = (values: PositionValues) =>
    position
      ? updatePosition(position, {
          title: values.title,
          grade: values.grade || null,
          duties: values.duties ?? '',
          status: values.status,
        })
      : createPosition({
          orgUnitId,
          code: values.code,
          title: values.title,
          grade: values.grade || undefined,
          duties: values.duties || undefined,
        });
  return (
    <FormModal<PositionValues, Position>
      title={
        position ? t('hrPeople.position.editTitle', { title: position.title }) : t('hrPeople.position.create')
      }
      open={open}
      onClose={onClose}
      onDone={onDone}
      fieldNames={['code', 'title', 'grade', 'duties', 'status']}
      initialValues={
        position
          ? {
              code: position.code,
              title: position.title,
              grade: position.grade ?? undefined,
              duties: position.duties,
              status: position.status as 'active' | 'archived',
            }
          : undefined
      }
      submit={submit}
    >
      <Form.Item
        name="code"
        label={t('hrPeople.position.code')}
        rules={[{ required: true, message: t('hrPeople.position.codeRequired') }]}
      >
        <Input disabled={!!position} autoFocus={!position} maxLength={32} />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('hrPeople.position.title')}
        rules={[{ required: true, whitespace: true, message: t('hrPeople.position.titleRequired') }]}
      >
        <Input autoFocus={!!position} maxLength={100} />
      </Form.Item>
      <Form.Item name="grade" label={t('hrPeople.position.grade')}>
        <Input maxLength={16} />
      </Form.Item>
      <Form.Item name="duties" label={t('hrPeople.position.duties')}>
        <Input.TextArea rows={5} maxLength={5000} showCount />
      </Form.Item>
      {position && (
        <Form.Item name="status" label={t('hrPeople.position.status')}>
          <Select
            options={(['active', 'archived'] as const).map((value) => ({
              value,
              label: t(`hrPeople.position.statuses.${value}`),
            }))}
          />
        </Form.Item>
      )}
    </FormModal>
  );
}
