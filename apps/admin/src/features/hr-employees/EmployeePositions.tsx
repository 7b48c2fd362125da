import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Flex, Form, Popconfirm, Select, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { problemMessage } from '../../shared/ui/problem-text';
import { FormModal } from '../hr-organisation/FormModal';
import { orgChartQuery, thisPlanYear } from '../hr-organisation/organisation.api';
import { useUnitNames } from '../hr-organisation/UnitSelect';
import { addConcurrentPosition, endConcurrentPosition } from './employee-changes.api';
import { employeeKeys, type Employee } from './employees.api';

type HeldPosition = Employee['positions'][number];

/**
 * Positions the employee holds: the primary one (changed only through a personnel action) and any held
 * concurrently (兼职), which HR adds and ends here.
 */
export function EmployeePositions({ employee }: { employee: Employee }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const queryClient = useQueryClient();
  const unitName = useUnitNames();
  const [adding, setAdding] = useState(false);
  const writable = can('employees:write');

  const refresh = (next: Employee) => {
    queryClient.setQueryData(employeeKeys.employee(employee.id), next);
    void queryClient.invalidateQueries({ queryKey: employeeKeys.history(employee.id) });
  };
  const end = async (held: HeldPosition) => {
    try {
      refresh(await endConcurrentPosition(employee.id, held.id, dayjs().format('YYYY-MM-DD')));
      void message.success(t('hrPeople.concurrent.ended', { title: held.positionTitle }));
    } catch (error) {
      void message.error(problemMessage(t, error));
    }
  };

  return (
    <Flex vertical gap="small">
      {writable && (
        <Flex justify="end">
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('hrPeople.concurrent.add')}
          </Button>
        </Flex>
      )}
      <AddConcurrentModal
        employee={employee}
        open={adding}
        onClose={() => setAdding(false)}
        onDone={(next) => {
          refresh(next);
          void message.success(t('hrPeople.concurrent.added'));
        }}
      />
      <Table<HeldPosition>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={employee.positions}
        data-testid="held-positions"
        columns={[
          {
            key: 'title',
            title: t('hrPeople.employee.position'),
            render: (_, p) => (
              <>
                {p.positionTitle}{' '}
                <Tag color={p.isPrimary ? 'blue' : 'default'}>
                  {p.isPrimary ? t('hrPeople.file.primary') : t('hrPeople.file.concurrent')}
                </Tag>
              </>
            ),
          },
          { key: 'unit', title: t('hrPeople.employee.unit'), render: (_, p) => unitName(p.orgUnitId) ?? '—' },
          { key: 'from', title: t('hrPeople.file.startedOn'), render: (_, p) => p.startedOn },
          { key: 'to', title: t('hrPeople.file.endedOn'), render: (_, p) => p.endedOn || '—' },
          {
            key: 'actions',
            title: '',
            render: (_, p) =>
              writable &&
              !p.isPrimary &&
              !p.endedOn && (
                <Popconfirm
                  title={t('hrPeople.concurrent.endConfirm', { title: p.positionTitle })}
                  onConfirm={() => end(p)}
                >
                  <Button size="small">{t('hrPeople.concurrent.end')}</Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </Flex>
  );
}

interface AddValues {
  positionId: string;
  startedOn: Dayjs;
}

function AddConcurrentModal(props: {
  employee: Employee;
  open: boolean;
  onClose(): void;
  onDone(next: Employee): void;
}) {
  const { employee, open, onClose, onDone } = props;
  const { t } = useTranslation();
  const chart = useQuery(orgChartQuery(thisPlanYear()));
  // Positions grouped by unit, leaving out those the employee already holds.
  const options = useMemo(() => {
    const held = new Set(employee.positions.filter((p) => !p.endedOn).map((p) => p.positionId));
    return (chart.data?.units ?? []).map((unit) => ({
      label: unit.name,
      options: unit.positions
        .filter((p) => !held.has(p.id))
        .map((p) => ({ value: p.id, label: `${p.title} · ${unit.name}` })),
    }));
  }, [chart.data, employee.positions]);
  return (
    <FormModal<AddValues, Employee>
      title={t('hrPeople.concurrent.addTitle', { name: employee.name })}
      open={open}
      onClose={onClose}
      onDone={onDone}
      fieldNames={['positionId', 'startedOn']}
      initialValues={{ startedOn: dayjs() }}
      submit={(v) =>
        addConcurrentPosition(employee.id, {
          positionId: v.positionId,
          startedOn: v.startedOn.format('YYYY-MM-DD'),
        })
      }
    >
      <Form.Item
        name="positionId"
        label={t('hrPeople.employee.position')}
        rules={[{ required: true, message: t('hrPeople.concurrent.positionRequired') }]}
      >
        <Select showSearch={{ optionFilterProp: 'label' }} loading={chart.isPending} options={options} />
      </Form.Item>
      <Form.Item
        name="startedOn"
        label={t('hrPeople.file.startedOn')}
        rules={[{ required: true, message: t('hrPeople.concurrent.startedRequired') }]}
      >
        <DatePicker />
      </Form.Item>
    </FormModal>
  );
}
