import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { formatDateTime } from '../../shared/format/date-time';
import { DISCREPANCY_RESOLUTIONS, type DiscrepancyResolution, type Remittance } from './cod.api';
import { codProblemMessage } from './cod-problems';
import { Difference } from './Difference';
import { useChangeRemittance } from './use-cod-mutations';

interface ResolveValues {
  resolution: DiscrepancyResolution;
  note: string;
}

/**
 * 差异跟进: why the cash differs, every follow-up note since, and closing it (recovered, written off, or a
 * counting error). Open until resolved; only finance writes here.
 */
export function DiscrepancyCard({ remittance }: { remittance: Remittance }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const change = useChangeRemittance();
  const [note, setNote] = useState('');
  const [refusal, setRefusal] = useState<string>();
  const open = remittance.status === 'discrepancy';
  const mayWrite = open && can('cod-remittances:confirm');
  const followUps = remittance.history.filter((entry) => entry.action === 'follow-up');

  const onError = (error: unknown) => setRefusal(codProblemMessage(t, error));
  const addNote = () => {
    setRefusal(undefined);
    change.mutate(
      { remittance, change: { step: 'note', note: note.trim() } },
      {
        onSuccess: () => {
          setNote('');
          void message.success(t('cod.discrepancy.noteAdded'));
        },
        onError,
      },
    );
  };
  const resolve = (values: ResolveValues) => {
    setRefusal(undefined);
    change.mutate(
      { remittance, change: { step: 'resolve', resolution: values.resolution, note: values.note.trim() } },
      { onSuccess: () => void message.success(t('cod.discrepancy.resolved')), onError },
    );
  };

  return (
    <Card
      title={t('cod.discrepancy.title')}
      data-testid="remittance-discrepancy"
      extra={
        open ? (
          <Typography.Text type="danger">{t('cod.discrepancy.open')}</Typography.Text>
        ) : (
          <Typography.Text type="success">{t('cod.discrepancy.closed')}</Typography.Text>
        )
      }
    >
      <Flex vertical gap="middle">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'difference',
              label: t('cod.fields.difference'),
              children: <Difference amount={remittance.difference} />,
            },
            {
              key: 'reason',
              label: t('cod.fields.discrepancyReason'),
              children: remittance.discrepancyReason ?? t('common.none'),
            },
            ...(remittance.resolution
              ? [
                  {
                    key: 'resolution',
                    label: t('cod.fields.resolution'),
                    children: `${t(`cod.resolutions.${remittance.resolution}`)} · ${
                      remittance.resolvedAt ? formatDateTime(remittance.resolvedAt, i18n.language) : ''
                    }`,
                  },
                ]
              : []),
          ]}
        />
        <div>
          <Typography.Text strong>{t('cod.discrepancy.followUps')}</Typography.Text>
          {followUps.length === 0 ? (
            <div>
              <Typography.Text type="secondary">{t('cod.discrepancy.noFollowUps')}</Typography.Text>
            </div>
          ) : (
            <ul data-testid="discrepancy-follow-ups" style={{ paddingInlineStart: 20, margin: '4px 0' }}>
              {followUps.map((entry) => (
                <li key={entry.occurredAt}>
                  <Typography.Text type="secondary">
                    {formatDateTime(entry.occurredAt, i18n.language)} · {entry.actorLabel ?? ''}：
                  </Typography.Text>
                  {entry.note}
                </li>
              ))}
            </ul>
          )}
        </div>
        {mayWrite && (
          <>
            <Flex gap="small" align="start">
              <Input.TextArea
                aria-label={t('cod.discrepancy.note')}
                placeholder={t('cod.discrepancy.notePlaceholder')}
                maxLength={1000}
                autoSize={{ minRows: 1, maxRows: 4 }}
                value={note}
                onChange={(event) => setNote(event.target.value)}
              />
              <Button onClick={addNote} disabled={!note.trim()} loading={change.isPending}>
                {t('cod.discrepancy.addNote')}
              </Button>
            </Flex>
            <Form<ResolveValues> name="resolve-discrepancy" layout="inline" onFinish={resolve}>
              <Form.Item
                name="resolution"
                rules={[{ required: true, message: t('cod.discrepancy.resolutionRequired') }]}
              >
                <Select
                  aria-label={t('cod.fields.resolution')}
                  placeholder={t('cod.fields.resolution')}
                  style={{ width: 160 }}
                  options={DISCREPANCY_RESOLUTIONS.map((value) => ({
                    value,
                    label: t(`cod.resolutions.${value}`),
                  }))}
                />
              </Form.Item>
              <Form.Item
                name="note"
                rules={[
                  { required: true, whitespace: true, message: t('cod.discrepancy.resolveNoteRequired') },
                ]}
              >
                <Input
                  aria-label={t('cod.discrepancy.resolveNote')}
                  placeholder={t('cod.discrepancy.resolveNote')}
                  maxLength={1000}
                  style={{ width: 280 }}
                />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={change.isPending}>
                {t('cod.discrepancy.resolve')}
              </Button>
            </Form>
          </>
        )}
        {refusal && (
          <Alert
            type="error"
            showIcon
            closable
            role="alert"
            title={t('cod.actions.refused')}
            description={refusal}
            onClose={() => setRefusal(undefined)}
          />
        )}
      </Flex>
    </Card>
  );
}
