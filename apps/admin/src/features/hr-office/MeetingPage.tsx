import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Flex, Input, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { usePermissions } from '../../auth/use-session';
import { PageHeader } from '../../shared/ui/PageHeader';
import { PageSpinner } from '../../shared/ui/PageSpinner';
import { problemMessage } from '../../shared/ui/problem-text';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { useUnitNames } from '../hr-organisation/UnitSelect';
import { EmployeeName } from '../hr-time/shared/EmployeeName';
import { ActionItems } from './ActionItems';
import { meetingQuery, officeKeys, recordMinutes, type MeetingDetail } from './office.api';

/** One meeting: agenda, the minutes (纪要; recording them marks it held) and its action items. */
export function MeetingPage() {
  const { meetingId = '' } = useParams();
  const { t } = useTranslation();
  const can = usePermissions();
  const meeting = useQuery(meetingQuery(meetingId));
  const unitName = useUnitNames();
  if (meeting.isError) return <QueryProblem error={meeting.error} onRetry={() => void meeting.refetch()} />;
  if (!meeting.data) return <PageSpinner />;
  const m = meeting.data;
  const writable = can('meetings:write');
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={`${m.title} · ${m.number}`}
        subtitle={t('hrOffice.meetings.detailSubtitle')}
        extra={
          <Tag color={m.status === 'held' ? 'green' : 'blue'}>
            {t(`hrOffice.meetings.statuses.${m.status as 'scheduled' | 'held'}`)}
          </Tag>
        }
      />
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('hrOffice.meetings.unit')}>
            {unitName(m.orgUnitId) ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('hrOffice.meetings.heldAt')}>
            {dayjs(m.heldAt).format('YYYY-MM-DD HH:mm')}
          </Descriptions.Item>
          <Descriptions.Item label={t('hrOffice.meetings.location')}>{m.location ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('hrOffice.meetings.attendees')} span={3}>
            <Flex wrap gap="small" data-testid="meeting-attendees">
              {m.attendeeIds.length
                ? m.attendeeIds.map((id) => (
                    <Tag key={id}>
                      <EmployeeName id={id} />
                    </Tag>
                  ))
                : '—'}
            </Flex>
          </Descriptions.Item>
          <Descriptions.Item label={t('hrOffice.meetings.agenda')} span={3}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {m.agenda || '—'}
            </Typography.Paragraph>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Minutes meeting={m} writable={writable} />
      <Card size="small" title={t('hrOffice.actions.title')}>
        <ActionItems meeting={m} writable={writable} />
      </Card>
    </Flex>
  );
}

function Minutes({ meeting, writable }: { meeting: MeetingDetail; writable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<string>();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    if (!draft?.trim()) return;
    setSaving(true);
    try {
      queryClient.setQueryData(officeKeys.meeting(meeting.id), await recordMinutes(meeting.id, draft.trim()));
      void queryClient.invalidateQueries({ queryKey: officeKeys.all });
      setDraft(undefined);
      void message.success(t('hrOffice.minutes.saved'));
    } catch (error) {
      void message.error(problemMessage(t, error));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card
      size="small"
      title={t('hrOffice.minutes.title')}
      extra={
        writable &&
        draft === undefined && (
          <Button size="small" onClick={() => setDraft(meeting.minutes ?? '')}>
            {meeting.minutes ? t('hrOffice.minutes.edit') : t('hrOffice.minutes.record')}
          </Button>
        )
      }
    >
      {draft === undefined ? (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="minutes">
          {meeting.minutes ?? t('hrOffice.minutes.none')}
        </Typography.Paragraph>
      ) : (
        <Flex vertical gap="small">
          <Input.TextArea
            aria-label={t('hrOffice.minutes.title')}
            rows={6}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            maxLength={100000}
          />
          <Flex justify="end" gap="small">
            <Button onClick={() => setDraft(undefined)}>{t('common.cancel')}</Button>
            <Button type="primary" loading={saving} disabled={!draft.trim()} onClick={() => void save()}>
              {t('hrOffice.minutes.save')}
            </Button>
          </Flex>
        </Flex>
      )}
    </Card>
  );
}
