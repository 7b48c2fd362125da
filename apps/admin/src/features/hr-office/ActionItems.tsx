import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Flex, Form, Input, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../shared/ui/problem-text';
import { FormModal } from '../hr-organisation/FormModal';
import { EmployeeName } from '../hr-time/shared/EmployeeName';
import { EmployeeSelect } from '../hr-time/shared/EmployeeSelect';
import {
  addActionItem,
  closeActionItem,
  officeKeys,
  type ActionItem,
  type MeetingDetail,
} from './office.api';

interface ItemValues {
  title: string;
  ownerEmployeeId: string;
  dueOn: Dayjs;
}

/** Who does what by when, decided in the meeting; the owner's manager or HR ticks them off. */
export function ActionItems({ meeting, writable }: { meeting: MeetingDetail; writable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: officeKeys.meeting(meeting.id) });
  const close = async (item: ActionItem) => {
    try {
      await closeActionItem(meeting.id, item.id);
      refresh();
    } catch (error) {
      void message.error(problemMessage(t, error));
    }
  };
  const required = [{ required: true, message: t('hrOffice.required') }];
  return (
    <Flex vertical gap="small">
      {writable && (
        <Flex justify="end">
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('hrOffice.actions.add')}
          </Button>
        </Flex>
      )}
      <FormModal<ItemValues, ActionItem>
        title={t('hrOffice.actions.add')}
        open={adding}
        onClose={() => setAdding(false)}
        onDone={refresh}
        fieldNames={['title', 'ownerEmployeeId', 'dueOn']}
        submit={(v) =>
          addActionItem(meeting.id, {
            title: v.title.trim(),
            ownerEmployeeId: v.ownerEmployeeId,
            dueOn: v.dueOn.format('YYYY-MM-DD'),
          })
        }
      >
        <Form.Item name="title" label={t('hrOffice.actions.item')} rules={required}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="ownerEmployeeId" label={t('hrOffice.actions.owner')} rules={required}>
          <EmployeeSelect />
        </Form.Item>
        <Form.Item name="dueOn" label={t('hrOffice.actions.dueOn')} rules={required}>
          <DatePicker />
        </Form.Item>
      </FormModal>
      <Table<ActionItem>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={meeting.actionItems}
        data-testid="action-items"
        locale={{ emptyText: t('hrOffice.actions.empty') }}
        columns={[
          { key: 'title', title: t('hrOffice.actions.item'), render: (_, i) => i.title },
          {
            key: 'owner',
            title: t('hrOffice.actions.owner'),
            render: (_, i) => <EmployeeName id={i.ownerEmployeeId} />,
          },
          { key: 'due', title: t('hrOffice.actions.dueOn'), render: (_, i) => i.dueOn },
          {
            key: 'status',
            title: t('hrOffice.actions.status'),
            render: (_, i) =>
              i.status === 'done' ? (
                <Tag color="green">{t('hrOffice.actions.done')}</Tag>
              ) : writable ? (
                <Button size="small" onClick={() => void close(i)}>
                  {t('hrOffice.actions.markDone')}
                </Button>
              ) : (
                <Tag>{t('hrOffice.actions.open')}</Tag>
              ),
          },
        ]}
      />
    </Flex>
  );
}
