import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { hrTimeProblemMessage } from '../shared/hr-time-problems';
import { probationKeys, RECOMMENDATIONS, recommendProbation, type Recommendation } from './probation.api';

interface RecommendValues {
  recommendation: Recommendation;
  newProbationEndDate?: Dayjs;
  leaveDate?: Dayjs;
  reason: string;
}

/** The recommendation at the end of probation (转正 / 延长 / 终止), sent to the approval chain. */
export function RecommendationForm({ employeeId }: { employeeId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<RecommendValues>();
  const recommendation = Form.useWatch('recommendation', form);
  const send = useMutation({
    mutationFn: (v: RecommendValues) =>
      recommendProbation({
        employeeId,
        recommendation: v.recommendation,
        newProbationEndDate: v.newProbationEndDate?.format('YYYY-MM-DD'),
        leaveDate: v.leaveDate?.format('YYYY-MM-DD'),
        reason: v.reason.trim(),
      }),
    onSuccess: () => {
      void message.success(t('hrTime.probation.recommended'));
      void queryClient.invalidateQueries({ queryKey: probationKeys.all });
    },
    onError: (error) => void message.error(hrTimeProblemMessage(t, error)),
  });
  return (
    <Form<RecommendValues>
      form={form}
      layout="vertical"
      initialValues={{ recommendation: 'confirm' }}
      onFinish={(v) => send.mutate(v)}
      style={{ maxWidth: 560 }}
    >
      <Form.Item name="recommendation" label={t('hrTime.probation.recommendation')}>
        <Radio.Group
          optionType="button"
          options={RECOMMENDATIONS.map((r) => ({
            value: r,
            label: t(`hrTime.probation.recommendations.${r}`),
          }))}
        />
      </Form.Item>
      {recommendation === 'extend' && (
        <Form.Item
          name="newProbationEndDate"
          label={t('hrTime.probation.newEndDate')}
          rules={[{ required: true, message: t('hrTime.probation.newEndDateRequired') }]}
        >
          <DatePicker />
        </Form.Item>
      )}
      {recommendation === 'end' && (
        <Form.Item name="leaveDate" label={t('hrTime.probation.leaveDate')}>
          <DatePicker />
        </Form.Item>
      )}
      <Form.Item
        name="reason"
        label={t('hrTime.common.reason')}
        rules={[{ required: true, whitespace: true, message: t('hrTime.common.reasonRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={send.isPending}>
        {t('hrTime.common.submit')}
      </Button>
    </Form>
  );
}
