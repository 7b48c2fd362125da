import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Flex, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../shared/forms/FormActions';
import { hrTimeProblemMessage } from '../shared/hr-time-problems';
import { addProbationItem, completeProbationItem, probationKeys, type ProbationItem } from './probation.api';

/** Assign a training or an assessment, in one line above the list. */
export function AddProbationItem({ employeeId }: { employeeId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ kind: ProbationItem['kind']; title: string; dueOn?: Dayjs }>();
  const add = useMutation({
    mutationFn: addProbationItem,
    onSuccess: () => {
      form.resetFields();
      void message.success(t('hrTime.probation.itemAdded'));
      void queryClient.invalidateQueries({ queryKey: probationKeys.file(employeeId) });
    },
    onError: (error) => void message.error(hrTimeProblemMessage(t, error)),
  });
  return (
    <Form
      form={form}
      layout="inline"
      initialValues={{ kind: 'training' }}
      onFinish={(v) =>
        add.mutate({ employeeId, kind: v.kind, title: v.title.trim(), dueOn: v.dueOn?.format('YYYY-MM-DD') })
      }
    >
      <Form.Item name="kind">
        <Select
          aria-label={t('hrTime.probation.kind')}
          style={{ width: 110 }}
          options={(['training', 'assessment'] as const).map((kind) => ({
            value: kind,
            label: t(`hrTime.probation.kinds.${kind}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="title"
        rules={[{ required: true, whitespace: true, message: t('hrTime.probation.titleRequired') }]}
      >
        <Input
          aria-label={t('hrTime.probation.itemTitle')}
          placeholder={t('hrTime.probation.itemTitle')}
          maxLength={120}
        />
      </Form.Item>
      <Form.Item name="dueOn">
        <DatePicker aria-label={t('hrTime.probation.dueOn')} placeholder={t('hrTime.probation.dueOn')} />
      </Form.Item>
      <Button htmlType="submit" loading={add.isPending}>
        {t('hrTime.probation.addItem')}
      </Button>
    </Form>
  );
}

interface CompleteValues {
  completedOn: Dayjs;
  score?: number;
  note?: string;
}

/** Mark a training attended or an assessment done; an assessment needs its score (0–100). */
export function CompleteItemModal({ item, onClose }: { item: ProbationItem; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const complete = useMutation({
    mutationFn: (v: CompleteValues) =>
      completeProbationItem(item.id, {
        completedOn: v.completedOn.format('YYYY-MM-DD'),
        score: v.score ?? undefined,
        note: v.note?.trim() || undefined,
      }),
    onSuccess: () => {
      void message.success(t('hrTime.probation.itemCompleted'));
      void queryClient.invalidateQueries({ queryKey: probationKeys.file(item.employeeId) });
      onClose();
    },
    onError: (error) => void message.error(hrTimeProblemMessage(t, error)),
  });
  return (
    <Modal open onCancel={onClose} footer={null} destroyOnHidden title={item.title}>
      <Form<CompleteValues>
        layout="vertical"
        initialValues={{ completedOn: dayjs() }}
        onFinish={(v) => complete.mutate(v)}
      >
        <Flex gap="small">
          <Form.Item
            name="completedOn"
            label={t('hrTime.probation.completedOn')}
            rules={[{ required: true }]}
          >
            <DatePicker />
          </Form.Item>
          {item.kind === 'assessment' && (
            <Form.Item
              name="score"
              label={t('hrTime.probation.score')}
              rules={[{ required: true, message: t('hrTime.probation.scoreRequired') }]}
            >
              <InputNumber min={0} max={100} autoFocus />
            </Form.Item>
          )}
        </Flex>
        <Form.Item name="note" label={t('hrTime.probation.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <FormActions submitting={complete.isPending} onCancel={onClose} />
      </Form>
    </Modal>
  );
}
