import { useQuery } from '@tanstack/react-query';
import { App, Button, Flex, Form, Input, Modal, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { FormActions } from '../../shared/forms/FormActions';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { CreateButton } from '../../shared/ui/CreateButton';
import { ListEmpty } from '../../shared/ui/ListEmpty';
import { PageHeader } from '../../shared/ui/PageHeader';
import { problemMessage } from '../../shared/ui/problem-text';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { OrgUnitName } from '../org-units/OrgUnitName';
import { OrgUnitTreeSelect } from '../org-units/OrgUnitTreeSelect';
import { allWarehousesQuery, type Warehouse } from './inventory.api';
import { useSaveWarehouse, useSetWarehouseActive } from './use-inventory-mutations';

interface WarehouseValues {
  code?: string;
  name?: string;
  regionId?: string;
}

/** Adds a warehouse (code, name, the territory it serves) or renames / moves one (If-Match). */
function WarehouseFormModal({
  editing,
  onClose,
}: {
  editing: { warehouse?: Warehouse } | undefined;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<WarehouseValues>();
  const save = useSaveWarehouse();
  const problem = useFormProblem(form, ['code', 'name', 'regionId']);
  const warehouse = editing?.warehouse;
  const submit = (values: WarehouseValues) => {
    problem.clear();
    save.mutate(
      { warehouse, changes: { ...values, regionId: values.regionId ?? null } },
      {
        onSuccess: (saved) => {
          void message.success(t('inventory.warehouses.saved', { code: saved.code }));
          onClose();
        },
        onError: problem.report,
      },
    );
  };
  return (
    <Modal
      open={!!editing}
      title={
        warehouse
          ? t('inventory.warehouses.editTitle', { code: warehouse.code })
          : t('inventory.warehouses.create')
      }
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      {editing && (
        <Form<WarehouseValues>
          form={form}
          name="warehouse"
          layout="vertical"
          initialValues={warehouse ? { name: warehouse.name, regionId: warehouse.regionId ?? undefined } : {}}
          onFinish={submit}
        >
          {!warehouse && (
            <Form.Item
              name="code"
              label={t('inventory.warehouses.code')}
              extra={t('inventory.warehouses.codeHelp')}
              rules={[
                { required: true, whitespace: true, message: t('inventory.warehouses.codeRequired') },
                { pattern: /^[A-Za-z0-9][A-Za-z0-9-]*$/, message: t('inventory.warehouses.codeInvalid') },
              ]}
            >
              <Input maxLength={32} autoFocus />
            </Form.Item>
          )}
          <Form.Item
            name="name"
            label={t('inventory.warehouses.name')}
            rules={[{ required: true, whitespace: true, message: t('inventory.warehouses.nameRequired') }]}
          >
            <Input maxLength={100} autoFocus={!!warehouse} />
          </Form.Item>
          <Form.Item
            name="regionId"
            label={t('inventory.warehouses.region')}
            extra={t('inventory.warehouses.regionHelp')}
          >
            <OrgUnitTreeSelect activeOnly allowClear placeholder={t('inventory.filters.anyRegion')} />
          </Form.Item>
          {problem.problem && (
            <div style={{ marginBottom: 16 }}>
              <ProblemAlert error={problem.problem.error} fieldErrors={problem.problem.unmatched} />
            </div>
          )}
          <FormActions submitting={save.isPending} onCancel={onClose} />
        </Form>
      )}
    </Modal>
  );
}

/** 库存 → Warehouses: each tied to the territory it serves; a deactivated one takes no stock in or out. */
export function WarehousesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const warehouses = useQuery(allWarehousesQuery());
  const setActive = useSetWarehouseActive();
  const [editing, setEditing] = useState<{ warehouse?: Warehouse }>();
  const create = can('warehouses:write')
    ? { label: t('inventory.warehouses.create'), onClick: () => setEditing({}) }
    : undefined;
  const columns: TableProps<Warehouse>['columns'] = [
    { key: 'code', title: t('inventory.warehouses.code'), render: (_, w) => w.code },
    { key: 'name', title: t('inventory.warehouses.name'), render: (_, w) => w.name },
    {
      key: 'region',
      title: t('inventory.warehouses.region'),
      render: (_, w) => (w.regionId ? <OrgUnitName id={w.regionId} /> : t('common.none')),
    },
    {
      key: 'status',
      title: t('inventory.warehouses.status'),
      render: (_, w) => (
        <Tag color={w.status === 'active' ? 'green' : 'default'}>
          {t(`inventory.warehouses.statuses.${w.status}`)}
        </Tag>
      ),
    },
    ...(can('warehouses:write')
      ? [
          {
            key: 'actions',
            title: t('inventory.columns.actions'),
            render: (_: unknown, w: Warehouse) => (
              <Flex gap={0}>
                <Button type="link" size="small" onClick={() => setEditing({ warehouse: w })}>
                  {t('inventory.warehouses.edit')}
                </Button>
                <Button
                  type="link"
                  size="small"
                  danger={w.status === 'active'}
                  onClick={() =>
                    setActive.mutate(
                      { warehouse: w, active: w.status !== 'active' },
                      { onError: (error) => void message.error(problemMessage(t, error)) },
                    )
                  }
                >
                  {w.status === 'active'
                    ? t('inventory.warehouses.deactivate')
                    : t('inventory.warehouses.activate')}
                </Button>
              </Flex>
            ),
          },
        ]
      : []),
  ];
  if (warehouses.isError)
    return <QueryProblem error={warehouses.error} onRetry={() => void warehouses.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('inventory.warehouses.title')}
        subtitle={t('inventory.warehouses.subtitle')}
        extra={<CreateButton create={create} />}
      />
      <Table<Warehouse>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={warehouses.data ?? []}
        loading={warehouses.isPending}
        pagination={false}
        locale={{ emptyText: <ListEmpty noneText={t('inventory.warehouses.empty')} create={create} /> }}
      />
      <WarehouseFormModal editing={editing} onClose={() => setEditing(undefined)} />
    </Flex>
  );
}
