import { useQuery } from '@tanstack/react-query';
import { Alert, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import '../../shared/format/dayjs-locales';
import { FormModal } from '../hr-organisation/FormModal';
import { periodChoices } from '../hr-organisation/org-chart-state';
import { thisPlanYear, unitHeadcountQuery, unitPositionsQuery } from '../hr-organisation/organisation.api';
import { UnitSelect } from '../hr-organisation/UnitSelect';
import { createHiringRequest, type HiringRequest } from './recruitment.api';

interface RequestValues {
  unitId: string;
  positionId: string;
  headcount: number;
  period: string;
  reason: string;
  wantedBy?: Dayjs | null;
}

interface HiringRequestModalProps {
  open: boolean;
  onClose(): void;
  onDone(request: HiringRequest): void;
}

/**
 * A department asks to hire: unit, position, how many and why. The plan's figures for the position are shown
 * while filling in; the API makes the binding check (409 HEADCOUNT_EXCEEDED, shown under the count).
 */
export function HiringRequestModal({ open, onClose, onDone }: HiringRequestModalProps) {
  const { t } = useTranslation();
  return (
    <FormModal<RequestValues, HiringRequest>
      title={t('hrPeople.hiring.create')}
      open={open}
      onClose={onClose}
      onDone={onDone}
      fieldNames={['positionId', 'headcount', 'period', 'reason', 'wantedBy']}
      initialValues={{ headcount: 1, period: thisPlanYear() }}
      submitLabel={t('hrPeople.hiring.submit')}
      submit={(values) =>
        createHiringRequest({
          positionId: values.positionId,
          headcount: values.headcount,
          period: values.period,
          reason: values.reason.trim(),
          wantedBy: values.wantedBy?.format('YYYY-MM-DD'),
        })
      }
    >
      <RequestFields />
    </FormModal>
  );
}

function RequestFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<RequestValues>();
  const unitId = Form.useWatch('unitId', form);
  const positionId = Form.useWatch('positionId', form);
  const period = Form.useWatch('period', form) ?? thisPlanYear();
  const wanted = Form.useWatch('headcount', form) ?? 0;
  const positions = useQuery({ ...unitPositionsQuery(unitId ?? ''), enabled: !!unitId });
  const plan = useQuery({ ...unitHeadcountQuery(unitId ?? '', period), enabled: !!unitId });
  const figures = plan.data?.find((h) => h.positionId === positionId);

  return (
    <>
      <Form.Item
        name="unitId"
        label={t('hrPeople.employee.unit')}
        rules={[{ required: true, message: t('hrPeople.hiring.unitRequired') }]}
      >
        <UnitSelect autoFocus onChange={() => form.setFieldValue('positionId', undefined)} />
      </Form.Item>
      <Form.Item
        name="positionId"
        label={t('hrPeople.employee.position')}
        rules={[{ required: true, message: t('hrPeople.hiring.positionRequired') }]}
      >
        <Select
          disabled={!unitId}
          loading={positions.isFetching}
          placeholder={unitId ? undefined : t('hrPeople.employees.unitFirst')}
          options={(positions.data?.data ?? [])
            .filter((p) => p.status === 'active')
            .map((p) => ({ value: p.id, label: `${p.title}（${p.code}）` }))}
        />
      </Form.Item>
      <Form.Item name="period" label={t('hrPeople.hiring.period')} rules={[{ required: true }]}>
        <Select options={periodChoices(thisPlanYear()).map((year) => ({ value: year, label: year }))} />
      </Form.Item>
      {figures && (
        <Alert
          data-testid="headcount-check"
          style={{ marginBottom: 16 }}
          showIcon
          type={wanted > figures.available ? 'warning' : 'success'}
          title={
            wanted > figures.available
              ? t('hrPeople.hiring.checkOver', { available: figures.available })
              : t('hrPeople.hiring.checkOk', { available: figures.available })
          }
          description={t('hrPeople.hiring.checkFigures', {
            planned: figures.planned,
            filled: figures.filled,
            open: figures.open,
          })}
        />
      )}
      <Form.Item
        name="headcount"
        label={t('hrPeople.hiring.headcount')}
        rules={[{ required: true, message: t('hrPeople.hiring.headcountRequired') }]}
      >
        <InputNumber min={1} max={1000} precision={0} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('hrPeople.hiring.reason')}
        rules={[{ required: true, whitespace: true, message: t('hrPeople.hiring.reasonRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
      <Form.Item name="wantedBy" label={t('hrPeople.hiring.wantedBy')}>
        <DatePicker />
      </Form.Item>
    </>
  );
}
