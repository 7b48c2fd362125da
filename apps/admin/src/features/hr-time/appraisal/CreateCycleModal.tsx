import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Flex, Form, Input, InputNumber, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../shared/forms/FormActions';
import { hrTimeProblemMessage } from '../shared/hr-time-problems';
import { appraisalKeys, createCycle, gradesQuery, type Cycle } from './appraisal.api';

interface CycleValues {
  name: string;
  period: [Dayjs, Dayjs];
  /** Percent cap per grade; empty means no cap. */
  caps?: Record<string, number | null>;
}

/** Open a cycle in draft; HR may cap the share of each grade (强制分布), e.g. at most 10% S. */
export function CreateCycleModal({ onClose, onCreated }: { onClose(): void; onCreated(cycle: Cycle): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const grades = useQuery(gradesQuery());
  const create = useMutation({
    mutationFn: (v: CycleValues) => {
      const caps = Object.entries(v.caps ?? {}).filter(
        (entry): entry is [string, number] => entry[1] != null,
      );
      return createCycle({
        name: v.name.trim(),
        periodStart: v.period[0].format('YYYY-MM-DD'),
        periodEnd: v.period[1].format('YYYY-MM-DD'),
        forcedDistribution: caps.length ? Object.fromEntries(caps) : undefined,
      });
    },
    onSuccess: (cycle) => {
      void message.success(t('hrTime.appraisal.created', { number: cycle.number }));
      void queryClient.invalidateQueries({ queryKey: appraisalKeys.all });
      onCreated(cycle);
    },
    onError: (error) => void message.error(hrTimeProblemMessage(t, error)),
  });
  return (
    <Modal open onCancel={onClose} footer={null} destroyOnHidden title={t('hrTime.appraisal.create')}>
      <Form<CycleValues> layout="vertical" onFinish={(v) => create.mutate(v)}>
        <Form.Item
          name="name"
          label={t('hrTime.appraisal.name')}
          rules={[{ required: true, whitespace: true, message: t('hrTime.appraisal.nameRequired') }]}
        >
          <Input maxLength={100} placeholder={t('hrTime.appraisal.namePlaceholder')} autoFocus />
        </Form.Item>
        <Form.Item
          name="period"
          label={t('hrTime.appraisal.period')}
          rules={[{ required: true, message: t('hrTime.appraisal.periodRequired') }]}
        >
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Typography.Text type="secondary">{t('hrTime.appraisal.capsHelp')}</Typography.Text>
        <Flex gap="small" wrap style={{ marginTop: 8 }}>
          {[...(grades.data ?? [])]
            .sort((a, b) => a.rank - b.rank)
            .map((g) => (
              <Form.Item key={g.grade} name={['caps', g.grade]} label={g.grade}>
                <InputNumber min={0} max={100} suffix="%" style={{ width: 100 }} />
              </Form.Item>
            ))}
        </Flex>
        <FormActions submitting={create.isPending} onCancel={onClose} />
      </Form>
    </Modal>
  );
}
