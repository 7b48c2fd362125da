import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../shared/forms/FormActions';
import { hrTimeProblemMessage } from '../shared/hr-time-problems';
import { appraisalKeys, calibrate, gradesQuery, type Appraisal } from './appraisal.api';

/** HR sets the final grade; moving it away from the grade the score gives needs a reason on record. */
export function CalibrateModal({ appraisal, onClose }: { appraisal: Appraisal; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const grades = useQuery(gradesQuery());
  const [form] = Form.useForm<{ finalGrade: string; reason?: string }>();
  const finalGrade = Form.useWatch('finalGrade', form);
  const changed = !!finalGrade && finalGrade !== appraisal.grade;
  const save = useMutation({
    mutationFn: (v: { finalGrade: string; reason?: string }) =>
      calibrate(appraisal.id, { finalGrade: v.finalGrade, reason: changed ? v.reason?.trim() : undefined }),
    onSuccess: () => {
      void message.success(t('hrTime.appraisal.calibrated'));
      void queryClient.invalidateQueries({ queryKey: appraisalKeys.cycle(appraisal.cycleId) });
      onClose();
    },
    onError: (error) => void message.error(hrTimeProblemMessage(t, error)),
  });
  return (
    <Modal open onCancel={onClose} footer={null} destroyOnHidden title={t('hrTime.appraisal.calibrate')}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ finalGrade: appraisal.finalGrade ?? appraisal.grade ?? undefined }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="finalGrade"
          label={t('hrTime.appraisal.finalGrade')}
          extra={t('hrTime.appraisal.suggested', { grade: appraisal.grade ?? '—' })}
          rules={[{ required: true, message: t('hrTime.appraisal.gradeRequired') }]}
        >
          <Select
            autoFocus
            options={[...(grades.data ?? [])]
              .sort((a, b) => a.rank - b.rank)
              .map((g) => ({ value: g.grade, label: `${g.grade} · ×${g.coefficient}` }))}
          />
        </Form.Item>
        {changed && (
          <Form.Item
            name="reason"
            label={t('hrTime.appraisal.adjustmentReason')}
            rules={[{ required: true, whitespace: true, message: t('hrTime.appraisal.reasonRequired') }]}
          >
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        )}
        <FormActions submitting={save.isPending} onCancel={onClose} />
      </Form>
    </Modal>
  );
}
