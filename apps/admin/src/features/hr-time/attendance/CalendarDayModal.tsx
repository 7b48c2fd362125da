import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../shared/forms/FormActions';
import { hrTimeProblemMessage } from '../shared/hr-time-problems';
import {
  attendanceKeys,
  removeCalendarDay,
  setCalendarDay,
  type CalendarDay,
  type CalendarDayKind,
} from './attendance.api';

interface CalendarDayValues {
  kind: CalendarDayKind;
  name: string;
}

/** HR marks a date as a public holiday or a make-up working day, or makes it an ordinary day again. */
export function CalendarDayModal({
  date,
  current,
  onClose,
}: {
  date: string;
  current: CalendarDay | undefined;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const done = (text: string) => {
    void message.success(text);
    void queryClient.invalidateQueries({ queryKey: attendanceKeys.all });
    onClose();
  };
  const save = useMutation({
    mutationFn: (values: CalendarDayValues) =>
      setCalendarDay(date, { kind: values.kind, name: values.name.trim() }),
    onSuccess: () => done(t('hrTime.calendar.saved')),
    onError: (error) => void message.error(hrTimeProblemMessage(t, error)),
  });
  const clear = useMutation({
    mutationFn: () => removeCalendarDay(date),
    onSuccess: () => done(t('hrTime.calendar.cleared')),
    onError: (error) => void message.error(hrTimeProblemMessage(t, error)),
  });
  return (
    <Modal
      open
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      title={t('hrTime.calendar.editTitle', { date })}
    >
      <Form<CalendarDayValues>
        layout="vertical"
        initialValues={{
          kind: (current?.kind as CalendarDayKind | undefined) ?? 'holiday',
          name: current?.name ?? '',
        }}
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item name="kind" label={t('hrTime.calendar.kind')}>
          <Radio.Group
            optionType="button"
            options={(['holiday', 'make-up-workday'] as const).map((kind) => ({
              value: kind,
              label: t(`hrTime.calendar.kinds.${kind}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('hrTime.calendar.name')}
          rules={[{ required: true, whitespace: true, message: t('hrTime.calendar.nameRequired') }]}
        >
          <Input maxLength={60} placeholder={t('hrTime.calendar.namePlaceholder')} autoFocus />
        </Form.Item>
        {current && (
          <Button
            danger
            loading={clear.isPending}
            onClick={() => clear.mutate()}
            style={{ marginBottom: 16 }}
          >
            {t('hrTime.calendar.clear')}
          </Button>
        )}
        <FormActions submitting={save.isPending} onCancel={onClose} />
      </Form>
    </Modal>
  );
}
