import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  App,
  Button,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Table,
  Tag,
  type TableProps,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { formatDateTime } from '../../shared/format/date-time';
import { FormActions } from '../../shared/forms/FormActions';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CreateButton } from '../../shared/ui/CreateButton';
import { CursorPager } from '../../shared/ui/CursorPager';
import { FilterBar } from '../../shared/ui/FilterBar';
import { ListEmpty } from '../../shared/ui/ListEmpty';
import { PageHeader } from '../../shared/ui/PageHeader';
import { problemMessage } from '../../shared/ui/problem-text';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import {
  intParam,
  matchingParam,
  optionalEnumParam,
  UUID_PATTERN,
  type UrlStateSpec,
} from '../../shared/url-state/url-state';
import { useUrlState } from '../../shared/url-state/use-url-state';
import {
  TRANSFER_STATUSES,
  transferListQuery,
  type NewStockTransfer,
  type StockTransfer,
  type TransferStatus,
} from './inventory.api';
import { SkuSelect } from './SkuSelect';
import { useCreateTransfer, useFinishTransfer } from './use-inventory-mutations';
import { WarehouseSelect } from './WarehouseSelect';

const STATUS_COLORS: Record<TransferStatus, string> = {
  in_transit: 'gold',
  received: 'green',
  cancelled: 'default',
};

const transferListSpec: UrlStateSpec<{
  status: TransferStatus | undefined;
  warehouseId: string | undefined;
  limit: number;
}> = {
  status: optionalEnumParam(TRANSFER_STATUSES),
  warehouseId: matchingParam(UUID_PATTERN),
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};

interface TransferValues {
  fromWarehouseId?: string;
  toWarehouseId?: string;
  note?: string;
  lines?: Array<{ skuId?: string; quantity?: number | null }>;
}

function CreateTransferDrawer({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TransferValues>();
  const create = useCreateTransfer();
  const problem = useFormProblem(form, ['fromWarehouseId', 'toWarehouseId', 'lines', 'note']);
  const submit = (values: TransferValues) => {
    problem.clear();
    const body: NewStockTransfer = {
      fromWarehouseId: values.fromWarehouseId!,
      toWarehouseId: values.toWarehouseId!,
      note: values.note?.trim() || undefined,
      lines: (values.lines ?? []).map((line) => ({ skuId: line.skuId!, quantity: line.quantity! })),
    };
    create.mutate(body, {
      onSuccess: (transfer) => {
        void message.success(t('inventory.transfers.created', { number: transfer.number }));
        onClose();
      },
      onError: problem.report,
    });
  };
  return (
    <Drawer open={open} onClose={onClose} size={760} title={t('inventory.transfers.create')} destroyOnHidden>
      <Form<TransferValues>
        form={form}
        name="transfer"
        layout="vertical"
        initialValues={{ lines: [{}] }}
        onFinish={submit}
      >
        <Flex gap="middle">
          <Form.Item
            name="fromWarehouseId"
            label={t('inventory.transfers.from')}
            rules={[{ required: true, message: t('inventory.adjust.warehouseRequired') }]}
            style={{ flex: 1 }}
          >
            <WarehouseSelect activeOnly />
          </Form.Item>
          <Form.Item
            name="toWarehouseId"
            label={t('inventory.transfers.to')}
            dependencies={['fromWarehouseId']}
            rules={[
              { required: true, message: t('inventory.adjust.warehouseRequired') },
              ({ getFieldValue }) => ({
                validator: async (_rule, value?: string) => {
                  if (value && value === getFieldValue('fromWarehouseId'))
                    throw new Error(t('inventory.transfers.sameWarehouse'));
                },
              }),
            ]}
            style={{ flex: 1 }}
          >
            <WarehouseSelect activeOnly />
          </Form.Item>
        </Flex>
        <Form.List name="lines">
          {(fields, { add, remove }) => (
            <Flex vertical>
              {fields.map((field, index) => (
                <Flex key={field.key} gap="small" align="start">
                  <Form.Item
                    name={[field.name, 'skuId']}
                    label={index === 0 ? t('inventory.columns.sku') : undefined}
                    rules={[{ required: true, message: t('inventory.adjust.skuRequired') }]}
                    style={{ flex: 1 }}
                  >
                    <SkuSelect />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'quantity']}
                    label={index === 0 ? t('inventory.transfers.quantity') : undefined}
                    rules={[{ required: true, message: t('inventory.reorder.required') }]}
                  >
                    <InputNumber min={1} precision={0} style={{ width: 110 }} />
                  </Form.Item>
                  <Form.Item label={index === 0 ? ' ' : undefined}>
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={t('purchasing.orders.removeLine', { line: index + 1 })}
                      disabled={fields.length === 1}
                      onClick={() => remove(field.name)}
                    />
                  </Form.Item>
                </Flex>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({})}
                style={{ alignSelf: 'start', marginBottom: 16 }}
              >
                {t('purchasing.orders.addLine')}
              </Button>
            </Flex>
          )}
        </Form.List>
        <Form.Item name="note" label={t('purchasing.orders.note')}>
          <Input maxLength={500} />
        </Form.Item>
        {problem.problem && (
          <div style={{ marginBottom: 16 }}>
            <ProblemAlert error={problem.problem.error} fieldErrors={problem.problem.unmatched} />
          </div>
        )}
        <FormActions
          submitting={create.isPending}
          onCancel={onClose}
          submitLabel={t('inventory.transfers.send')}
        />
      </Form>
    </Drawer>
  );
}

/** 库存 → Transfers: stock leaves at once and is in transit until the receiving warehouse books it in. */
export function TransfersPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const [state, setState] = useUrlState(transferListSpec);
  const pages = useCursorPages(JSON.stringify(state));
  const list = useQuery({
    ...transferListQuery({
      status: state.status,
      warehouseId: state.warehouseId,
      limit: state.limit,
      cursor: pages.cursor,
    }),
    placeholderData: keepPreviousData,
  });
  const finish = useFinishTransfer();
  const [creating, setCreating] = useState(false);
  const create = can('stock:transfer')
    ? { label: t('inventory.transfers.create'), onClick: () => setCreating(true) }
    : undefined;
  const act = (transfer: StockTransfer, action: 'receive' | 'cancel') =>
    finish.mutate({ transfer, action }, { onError: (error) => void message.error(problemMessage(t, error)) });
  const columns: TableProps<StockTransfer>['columns'] = [
    { key: 'number', title: t('inventory.transfers.number'), render: (_, x) => x.number },
    {
      key: 'route',
      title: t('inventory.transfers.route'),
      render: (_, x) => `${x.fromWarehouseCode} → ${x.toWarehouseCode}`,
    },
    {
      key: 'lines',
      title: t('inventory.transfers.lines'),
      render: (_, x) => x.lines.map((line) => `${line.skuCode} × ${line.quantity}`).join('，'),
    },
    {
      key: 'status',
      title: t('inventory.transfers.status'),
      render: (_, x) => (
        <Tag color={STATUS_COLORS[x.status]}>{t(`inventory.transfers.statuses.${x.status}`)}</Tag>
      ),
    },
    {
      key: 'createdAt',
      title: t('inventory.transfers.createdAt'),
      render: (_, x) => formatDateTime(x.createdAt, i18n.language),
    },
    { key: 'note', title: t('purchasing.orders.note'), render: (_, x) => x.note ?? t('common.none') },
    ...(can('stock:transfer')
      ? [
          {
            key: 'actions',
            title: t('inventory.columns.actions'),
            render: (_: unknown, x: StockTransfer) =>
              x.status === 'in_transit' && (
                <Flex gap={0}>
                  <Popconfirm
                    title={t('inventory.transfers.receiveConfirm')}
                    onConfirm={() => act(x, 'receive')}
                  >
                    <Button type="link" size="small">
                      {t('inventory.transfers.receive')}
                    </Button>
                  </Popconfirm>
                  <Popconfirm
                    title={t('inventory.transfers.cancelConfirm')}
                    onConfirm={() => act(x, 'cancel')}
                  >
                    <Button type="link" size="small" danger>
                      {t('inventory.transfers.cancel')}
                    </Button>
                  </Popconfirm>
                </Flex>
              ),
          },
        ]
      : []),
  ];
  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  const filtered = !!state.status || !!state.warehouseId;
  const clear = () => setState({ status: undefined, warehouseId: undefined });
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('inventory.transfers.title')}
        subtitle={t('inventory.transfers.subtitle')}
        extra={<CreateButton create={create} />}
      />
      <FilterBar filtered={filtered} onClear={clear}>
        <Select
          aria-label={t('inventory.transfers.status')}
          placeholder={t('purchasing.orders.anyStatus')}
          allowClear
          value={state.status}
          onChange={(status) => setState({ status })}
          options={TRANSFER_STATUSES.map((value) => ({
            value,
            label: t(`inventory.transfers.statuses.${value}`),
          }))}
          style={{ width: 140 }}
        />
        <WarehouseSelect
          aria-label={t('inventory.filters.warehouse')}
          placeholder={t('inventory.filters.anyWarehouse')}
          allowClear
          value={state.warehouseId}
          onChange={(warehouseId) => setState({ warehouseId })}
          style={{ width: 220 }}
        />
      </FilterBar>
      <Table<StockTransfer>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.data ?? []}
        loading={list.isPending || list.isPlaceholderData}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: list.isPending ? null : (
            <ListEmpty
              noneText={t('inventory.transfers.empty')}
              filtered={filtered ? { text: t('inventory.stock.emptyFiltered'), onClear: clear } : undefined}
              create={create}
            />
          ),
        }}
      />
      <CursorPager
        page={pages.page}
        total={undefined}
        hasPrevious={pages.hasPrevious}
        nextCursor={list.isPlaceholderData ? undefined : list.data?.nextCursor}
        pageSize={state.limit}
        disabled={list.isPending}
        onPrevious={pages.goToPrevious}
        onNext={pages.goToNext}
        onPageSizeChange={(limit) => setState({ limit })}
      />
      <CreateTransferDrawer open={creating} onClose={() => setCreating(false)} />
    </Flex>
  );
}
