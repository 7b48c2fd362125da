import { Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { yuanToMinorUnits } from '../../shared/money/money';
import { YuanInput, yuanRules } from '../../shared/money/YuanInput';
import { FormModal } from '../hr-organisation/FormModal';
import { EmployeeSelect } from '../hr-time/shared/EmployeeSelect';
import {
  recordTraining,
  TRAINING_KINDS,
  TRAINING_RESULTS,
  type TrainingKind,
  type TrainingRecord,
  type TrainingResult,
} from './office.api';

interface TrainingValues {
  employeeId: string;
  title: string;
  kind: TrainingKind;
  provider?: string;
  period: [Dayjs, Dayjs];
  hours: number;
  /** Yuan as typed; sent as 分. */
  cost?: string;
  result: TrainingResult;
  score?: number;
  certificate?: string;
}

const FIELDS = ['employeeId', 'title', 'kind', 'provider', 'hours', 'cost', 'result', 'score', 'certificate'];

/** HR records a training an employee took; it also lands in the employee's file history. */
export function RecordTrainingModal(props: {
  open: boolean;
  onClose(): void;
  onDone(record: TrainingRecord): void;
}) {
  const { t } = useTranslation();
  const required = (message: string) => [{ required: true, message }];
  return (
    <FormModal<TrainingValues, TrainingRecord>
      {...props}
      title={t('hrOffice.training.record')}
      fieldNames={FIELDS}
      initialValues={{ kind: 'internal', result: 'attended' }}
      submit={(v) =>
        recordTraining({
          employeeId: v.employeeId,
          title: v.title.trim(),
          kind: v.kind,
          provider: v.provider?.trim() || undefined,
          startsOn: v.period[0].format('YYYY-MM-DD'),
          endsOn: v.period[1].format('YYYY-MM-DD'),
          hours: v.hours,
          cost: (v.cost?.trim() && yuanToMinorUnits(v.cost)) || 0,
          result: v.result,
          score: v.score ?? undefined,
          certificate: v.certificate?.trim() || undefined,
        })
      }
    >
      <Form.Item name="employeeId" label={t('hrOffice.employee')} rules={required(t('hrOffice.required'))}>
        <EmployeeSelect />
      </Form.Item>
      <Form.Item name="title" label={t('hrOffice.training.title')} rules={required(t('hrOffice.required'))}>
        <Input maxLength={200} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="kind" label={t('hrOffice.training.kind')}>
            <Select
              options={TRAINING_KINDS.map((k) => ({ value: k, label: t(`hrOffice.training.kinds.${k}`) }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="provider" label={t('hrOffice.training.provider')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="period" label={t('hrOffice.training.dates')} rules={required(t('hrOffice.required'))}>
        <DatePicker.RangePicker />
      </Form.Item>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item
            name="hours"
            label={t('hrOffice.training.hours')}
            rules={required(t('hrOffice.required'))}
          >
            <InputNumber min={0.5} max={2000} step={0.5} precision={1} />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item
            name="cost"
            label={t('hrOffice.training.cost')}
            rules={yuanRules(t, { required: false })}
          >
            <YuanInput />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="result" label={t('hrOffice.training.result')}>
            <Select
              options={TRAINING_RESULTS.map((r) => ({
                value: r,
                label: t(`hrOffice.training.results.${r}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="score" label={t('hrOffice.training.score')}>
            <InputNumber min={0} max={100} precision={0} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="certificate" label={t('hrOffice.training.certificate')}>
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}
