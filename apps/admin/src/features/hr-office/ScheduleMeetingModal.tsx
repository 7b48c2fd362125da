import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../hr-organisation/FormModal';
import { UnitSelect } from '../hr-organisation/UnitSelect';
import { EmployeeSelect } from '../hr-time/shared/EmployeeSelect';
import { scheduleMeeting, type Meeting } from './office.api';

interface MeetingValues {
  title: string;
  orgUnitId: string;
  heldAt: Dayjs;
  location?: string;
  agenda?: string;
  attendeeIds?: string[];
}

/** Schedule a unit's meeting with its agenda; minutes and action items follow on the meeting's page. */
export function ScheduleMeetingModal(props: {
  open: boolean;
  onClose(): void;
  onDone(meeting: Meeting): void;
}) {
  const { t } = useTranslation();
  const required = [{ required: true, message: t('hrOffice.required') }];
  return (
    <FormModal<MeetingValues, Meeting>
      {...props}
      title={t('hrOffice.meetings.schedule')}
      fieldNames={['title', 'orgUnitId', 'heldAt', 'location', 'agenda', 'attendeeIds']}
      submit={(v) =>
        scheduleMeeting({
          title: v.title.trim(),
          orgUnitId: v.orgUnitId,
          heldAt: v.heldAt.toISOString(),
          location: v.location?.trim() || undefined,
          agenda: v.agenda?.trim() || undefined,
          attendeeIds: v.attendeeIds?.length ? v.attendeeIds : undefined,
        })
      }
    >
      <Form.Item name="title" label={t('hrOffice.meetings.title')} rules={required}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="orgUnitId" label={t('hrOffice.meetings.unit')} rules={required}>
        <UnitSelect />
      </Form.Item>
      <Form.Item name="heldAt" label={t('hrOffice.meetings.heldAt')} rules={required}>
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
      </Form.Item>
      <Form.Item name="location" label={t('hrOffice.meetings.location')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="agenda" label={t('hrOffice.meetings.agenda')}>
        <Input.TextArea rows={3} maxLength={10000} />
      </Form.Item>
      <Form.Item name="attendeeIds" label={t('hrOffice.meetings.attendees')}>
        <EmployeeSelect mode="multiple" aria-label={t('hrOffice.meetings.attendees')} />
      </Form.Item>
    </FormModal>
  );
}
