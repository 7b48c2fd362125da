import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Button,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Typography,
  type TableProps,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { tenderPath } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { formatDateTime } from '../../shared/format/date-time';
import { FormActions } from '../../shared/forms/FormActions';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CreateButton } from '../../shared/ui/CreateButton';
import { CursorTable } from '../../shared/ui/CursorTable';
import { FilterBar } from '../../shared/ui/FilterBar';
import { PageHeader } from '../../shared/ui/PageHeader';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { intParam, optionalEnumParam, type UrlStateSpec } from '../../shared/url-state/url-state';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { SkuSelect } from '../inventory/SkuSelect';
import { WarehouseName, WarehouseSelect } from '../inventory/WarehouseSelect';
import { repeatedSkus } from './po-form';
import { tenderListQuery, type TenderSummary } from './sourcing.api';
import { toNewTender, type TenderFormValues } from './sourcing-forms';
import { SupplierMultiSelect } from './SupplierMultiSelect';
import { TenderStatusTag } from './TenderStatusTag';
import { useCreateTender } from './use-sourcing-mutations';

/** The statuses the list can filter by (the API does not filter "closed": it is a moment, not a state). */
const FILTER_STATUSES = ['open', 'awarded', 'cancelled'] as const;

interface TenderListState {
  status: (typeof FILTER_STATUSES)[number] | undefined;
  limit: number;
}

const tenderListSpec: UrlStateSpec<TenderListState> = {
  status: optionalEnumParam(FILTER_STATUSES),
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};

const FIELDS = ['title', 'warehouseId', 'closesAt', 'maxLeadTimeDays', 'items', 'supplierIds'];

function NewTenderModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<TenderFormValues>();
  const create = useCreateTender();
  const problem = useFormProblem(form, FIELDS);
  const submit = (values: TenderFormValues) => {
    problem.clear();
    create.mutate(toNewTender(values), {
      onSuccess: (tender) => void navigate(tenderPath(tender.id)),
      onError: problem.report,
    });
  };
  return (
    <Modal
      open={open}
      title={t('purchasing.tenders.createTitle')}
      footer={null}
      onCancel={onClose}
      width={900}
      destroyOnHidden
    >
      <Form<TenderFormValues>
        form={form}
        name="new-tender"
        layout="vertical"
        initialValues={{ items: [{}] }}
        onFinish={submit}
      >
        <Form.Item
          name="title"
          label={t('purchasing.tenders.titleLabel')}
          rules={[{ required: true, whitespace: true, message: t('purchasing.tenders.titleRequired') }]}
        >
          <Input maxLength={200} autoFocus />
        </Form.Item>
        <Flex gap="middle" wrap>
          <Form.Item
            name="warehouseId"
            label={t('purchasing.tenders.warehouse')}
            rules={[{ required: true, message: t('purchasing.tenders.warehouseRequired') }]}
            style={{ flex: '1 1 240px' }}
          >
            <WarehouseSelect activeOnly placeholder={t('purchasing.tenders.warehouse')} />
          </Form.Item>
          <Form.Item
            name="closesAt"
            label={t('purchasing.tenders.closesAt')}
            rules={[
              { required: true, message: t('purchasing.tenders.closesAtRequired') },
              {
                validator: async (_rule, value?: dayjs.Dayjs | null) => {
                  if (value && !value.isAfter(dayjs())) throw new Error(t('purchasing.tenders.closesAtPast'));
                },
              },
            ]}
            style={{ flex: '0 0 220px' }}
          >
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              disabledDate={(day) => day.isBefore(dayjs(), 'day')}
              style={{ width: '100%' }}
            />
          </Form.Item>
          <Form.Item
            name="maxLeadTimeDays"
            label={t('purchasing.tenders.maxLeadTimeDays')}
            style={{ flex: '0 0 180px' }}
          >
            <InputNumber
              min={0}
              max={365}
              precision={0}
              placeholder={t('purchasing.tenders.noLimit')}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Flex>
        <Form.Item
          name="supplierIds"
          label={t('purchasing.tenders.suppliers')}
          rules={[
            { required: true, type: 'array', min: 1, message: t('purchasing.tenders.suppliersRequired') },
          ]}
        >
          <SupplierMultiSelect placeholder={t('purchasing.orders.supplierPlaceholder')} />
        </Form.Item>
        <Typography.Title level={5}>{t('purchasing.tenders.items')}</Typography.Title>
        <Form.List
          name="items"
          rules={[
            {
              validator: async (_rule, value?: unknown[]) => {
                if (!value?.length) throw new Error(t('purchasing.tenders.itemsRequired'));
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <Flex vertical gap={0}>
              {fields.map((field, index) => (
                <Flex key={field.key} gap="small" align="start" wrap>
                  <Form.Item
                    name={[field.name, 'skuId']}
                    label={index === 0 ? t('purchasing.tenders.sku') : undefined}
                    rules={[
                      { required: true, message: t('purchasing.tenders.skuRequired') },
                      {
                        validator: async (_rule, skuId?: string) => {
                          if (skuId && repeatedSkus(form.getFieldValue('items')).has(skuId))
                            throw new Error(t('purchasing.orders.skuRepeated'));
                        },
                      },
                    ]}
                    style={{ flex: '1 1 420px' }}
                  >
                    <SkuSelect aria-label={t('purchasing.tenders.sku')} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'quantity']}
                    label={index === 0 ? t('purchasing.tenders.quantity') : undefined}
                    rules={[{ required: true, message: t('purchasing.tenders.quantityRequired') }]}
                    style={{ flex: '0 0 120px' }}
                  >
                    <InputNumber min={1} max={10_000_000} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                  <Form.Item label={index === 0 ? ' ' : undefined}>
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={t('purchasing.tenders.removeItem', { line: index + 1 })}
                      disabled={fields.length === 1}
                      onClick={() => remove(field.name)}
                    />
                  </Form.Item>
                </Flex>
              ))}
              <Form.ErrorList errors={errors} />
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({})}
                style={{ alignSelf: 'start', marginBottom: 16 }}
              >
                {t('purchasing.tenders.addItem')}
              </Button>
            </Flex>
          )}
        </Form.List>
        {problem.problem && (
          <div style={{ marginBottom: 16 }}>
            <ProblemAlert error={problem.problem.error} fieldErrors={problem.problem.unmatched} />
          </div>
        )}
        <FormActions
          submitting={create.isPending}
          onCancel={onClose}
          submitLabel={t('purchasing.tenders.create')}
        />
      </Form>
    </Modal>
  );
}

/** 采购 → Tenders (招标), newest first; open a new one. */
export function TendersPage() {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const [state, setState] = useUrlState(tenderListSpec);
  const [creating, setCreating] = useState(false);
  const pages = useCursorPages(JSON.stringify(state));
  const query = (cursor: string | undefined) => ({
    status: state.status,
    limit: state.limit,
    cursor,
    count: cursor === undefined ? true : undefined,
  });
  const list = useQuery({ ...tenderListQuery(query(pages.cursor)), placeholderData: keepPreviousData });
  const firstPage = useQuery({ ...tenderListQuery(query(undefined)), enabled: false });
  const filtered = !!state.status;
  const clear = () => setState({ status: undefined });
  const create = can('tenders:write')
    ? { label: t('purchasing.tenders.create'), onClick: () => setCreating(true) }
    : undefined;

  const columns: TableProps<TenderSummary>['columns'] = [
    {
      key: 'number',
      title: t('purchasing.tenders.number'),
      render: (_, tender) => <Link to={tenderPath(tender.id)}>{tender.number}</Link>,
    },
    { key: 'title', title: t('purchasing.tenders.titleLabel'), render: (_, tender) => tender.title },
    {
      key: 'status',
      title: t('purchasing.tenders.status'),
      render: (_, tender) => <TenderStatusTag status={tender.status} />,
    },
    {
      key: 'closesAt',
      title: t('purchasing.tenders.closesAt'),
      render: (_, tender) => formatDateTime(tender.closesAt, i18n.language),
    },
    {
      key: 'warehouse',
      title: t('purchasing.tenders.warehouse'),
      render: (_, tender) => <WarehouseName id={tender.warehouseId} />,
    },
    { key: 'items', title: t('purchasing.tenders.itemCount'), align: 'right', render: (_, x) => x.itemCount },
    {
      key: 'invited',
      title: t('purchasing.tenders.invitedCount'),
      align: 'right',
      render: (_, x) => x.invitedCount,
    },
    {
      key: 'quotes',
      title: t('purchasing.tenders.quoteCount'),
      align: 'right',
      render: (_, x) => x.quoteCount,
    },
  ];

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('purchasing.tenders.title')}
        subtitle={t('purchasing.tenders.subtitle')}
        extra={<CreateButton create={create} />}
      />
      <FilterBar filtered={filtered} onClear={clear}>
        <Select
          aria-label={t('purchasing.tenders.status')}
          placeholder={t('purchasing.tenders.anyStatus')}
          allowClear
          value={state.status}
          onChange={(status) => setState({ status })}
          options={FILTER_STATUSES.map((status) => ({
            value: status,
            label: t(`purchasing.tenderStatuses.${status}`),
          }))}
          style={{ width: 160 }}
        />
      </FilterBar>
      <CursorTable<TenderSummary>
        list={list}
        pages={pages}
        total={firstPage.data?.total}
        pageSize={state.limit}
        onPageSizeChange={(limit) => setState({ limit })}
        columns={columns}
        empty={{
          noneText: t('purchasing.tenders.empty'),
          filtered: filtered ? { text: t('purchasing.tenders.emptyFiltered'), onClear: clear } : undefined,
          create,
        }}
      />
      <NewTenderModal open={creating} onClose={() => setCreating(false)} />
    </Flex>
  );
}
