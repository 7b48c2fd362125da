import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Spin,
  Table,
  Tag,
  Typography,
  type DescriptionsProps,
  type TableProps,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { formatDateTime } from '../../shared/format/date-time';
import { FormActions } from '../../shared/forms/FormActions';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { formatMoney, minorUnitsToYuanText } from '../../shared/money/money';
import { YuanInput, yuanRules } from '../../shared/money/YuanInput';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CreateButton } from '../../shared/ui/CreateButton';
import { CursorTable } from '../../shared/ui/CursorTable';
import { FilterBar } from '../../shared/ui/FilterBar';
import { PageHeader } from '../../shared/ui/PageHeader';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import {
  intParam,
  matchingParam,
  optionalEnumParam,
  UUID_PATTERN,
  type UrlStateSpec,
} from '../../shared/url-state/url-state';
import { useOpenRecord } from '../../shared/url-state/use-open-record';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { PurchaseOrderLink } from './PurchaseOrderLink';
import { purchaseOrderListQuery, purchaseOrderQuery, type PurchaseOrder } from './purchasing.api';
import {
  SUPPLIER_INVOICE_STATUSES,
  supplierInvoiceListQuery,
  supplierInvoiceQuery,
  type SupplierInvoice,
  type SupplierInvoiceStatus,
  type SupplierInvoiceSummary,
} from './sourcing.api';
import { toNewSupplierInvoice, type InvoiceFormValues } from './sourcing-forms';
import { SupplierInvoiceDiscrepancies } from './SupplierInvoiceDiscrepancies';
import { SupplierSelect } from './SupplierSelect';
import { useCreateSupplierInvoice, useResolveSupplierInvoice } from './use-sourcing-mutations';

interface InvoiceListState {
  status: SupplierInvoiceStatus | undefined;
  supplierId: string | undefined;
  limit: number;
}

export const invoiceListSpec: UrlStateSpec<InvoiceListState> = {
  status: optionalEnumParam(SUPPLIER_INVOICE_STATUSES),
  supplierId: matchingParam(UUID_PATTERN),
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};

/** Orders a supplier can invoice: sent to them (the API refuses drafts and cancelled orders). */
const INVOICEABLE = new Set(['sent', 'partially_received', 'received', 'closed']);
const STATUS_COLORS: Record<SupplierInvoiceStatus, string> = {
  mismatched: 'warning',
  payable: 'success',
  returned: 'default',
};

function InvoiceStatusTag({ status }: { status: SupplierInvoiceStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`purchasing.invoiceStatuses.${status}`)}</Tag>;
}

function OrderLinesFields({ order }: { order: PurchaseOrder }) {
  const { t } = useTranslation();
  if (order.lines.length === 0)
    return <Typography.Text type="secondary">{t('purchasing.invoices.noOrderLines')}</Typography.Text>;
  return (
    <Form.List name="lines">
      {(fields) => (
        <Flex vertical gap={0}>
          {fields.map((field, index) => {
            const line = order.lines[index];
            if (!line) return null;
            const sku = line.skuCode ?? line.skuId.slice(-8);
            return (
              <Flex key={field.key} gap="small" align="start" wrap>
                <Form.Item
                  label={index === 0 ? t('purchasing.invoices.poLine') : undefined}
                  style={{ flex: '1 1 220px' }}
                >
                  <Typography.Text>
                    {line.lineNo}. {line.skuName ? `${sku} · ${line.skuName}` : sku}
                  </Typography.Text>
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('purchasing.invoices.ordered')} {line.quantity} · {t('purchasing.invoices.received')}{' '}
                    {line.receivedQuantity} · {t('purchasing.invoices.orderedPrice')}{' '}
                    {formatMoney(line.unitPrice)}
                  </Typography.Text>
                </Form.Item>
                <Form.Item
                  name={[field.name, 'quantity']}
                  label={index === 0 ? t('purchasing.invoices.quantity') : undefined}
                  style={{ flex: '0 0 120px' }}
                >
                  <InputNumber
                    aria-label={t('purchasing.invoices.quantityOf', { sku })}
                    min={0}
                    max={10_000_000}
                    precision={0}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'unitPrice']}
                  label={index === 0 ? t('purchasing.invoices.unitPrice') : undefined}
                  rules={yuanRules(t, { required: false })}
                  style={{ flex: '0 0 150px' }}
                >
                  <YuanInput aria-label={t('purchasing.invoices.priceOf', { sku })} />
                </Form.Item>
              </Flex>
            );
          })}
        </Flex>
      )}
    </Form.List>
  );
}

function NewInvoiceDrawer({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose(): void;
  onCreated(id: string): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<InvoiceFormValues & { supplierId?: string }>();
  const supplierId = Form.useWatch('supplierId', form);
  const purchaseOrderId = Form.useWatch('purchaseOrderId', form);
  const orders = useQuery({
    ...purchaseOrderListQuery({ supplierId, limit: 100 }),
    enabled: !!supplierId,
  });
  const order = useQuery({ ...purchaseOrderQuery(purchaseOrderId ?? ''), enabled: !!purchaseOrderId });
  const create = useCreateSupplierInvoice();
  const problem = useFormProblem(form, ['purchaseOrderId', 'supplierInvoiceNumber', 'invoiceDate']);
  const [noLines, setNoLines] = useState(false);
  const chooseOrder = () => {
    form.setFieldValue('lines', undefined);
    setNoLines(false);
  };
  // Once the order's lines are known, offer what arrived at the order's price; the user types what the invoice says.
  const loaded = order.data?.id === purchaseOrderId ? order.data : undefined;
  useEffect(() => {
    if (!loaded) return;
    form.setFieldValue(
      'lines',
      loaded.lines.map((line) => ({
        purchaseOrderLineId: line.id,
        quantity: line.receivedQuantity,
        unitPrice: minorUnitsToYuanText(line.unitPrice),
      })),
    );
  }, [form, loaded]);
  const submit = (values: InvoiceFormValues) => {
    problem.clear();
    const body = toNewSupplierInvoice(values);
    setNoLines(body.lines.length === 0);
    if (body.lines.length === 0) return;
    create.mutate(body, {
      onSuccess: (invoice) => {
        void message.success(
          t('purchasing.invoices.created', { status: t(`purchasing.invoiceStatuses.${invoice.status}`) }),
        );
        form.resetFields();
        onCreated(invoice.id);
      },
      onError: problem.report,
    });
  };
  return (
    <Drawer
      open={open}
      title={t('purchasing.invoices.createTitle')}
      size={760}
      onClose={onClose}
      destroyOnHidden
    >
      <Form form={form} name="new-supplier-invoice" layout="vertical" onFinish={submit}>
        <Flex gap="middle" wrap>
          <Form.Item
            name="supplierId"
            label={t('purchasing.invoices.supplier')}
            rules={[{ required: true, message: t('purchasing.invoices.supplierRequired') }]}
            style={{ flex: '1 1 260px' }}
          >
            <SupplierSelect
              autoFocus
              placeholder={t('purchasing.orders.supplierPlaceholder')}
              onChange={() => {
                form.setFieldValue('purchaseOrderId', undefined);
                chooseOrder();
              }}
            />
          </Form.Item>
          <Form.Item
            name="purchaseOrderId"
            label={t('purchasing.invoices.purchaseOrder')}
            rules={[{ required: true, message: t('purchasing.invoices.purchaseOrderRequired') }]}
            style={{ flex: '1 1 260px' }}
          >
            <Select
              placeholder={t('purchasing.invoices.purchaseOrderPlaceholder')}
              disabled={!supplierId}
              loading={orders.isFetching}
              showSearch={{ optionFilterProp: 'label' }}
              onChange={chooseOrder}
              options={(orders.data?.data ?? [])
                .filter((o) => INVOICEABLE.has(o.status))
                .map((o) => ({
                  value: o.id,
                  label: `${o.number} · ${formatMoney(o.totalAmount)} · ${t(`purchasing.orderStatuses.${o.status}`)}`,
                }))}
            />
          </Form.Item>
        </Flex>
        <Flex gap="middle" wrap>
          <Form.Item
            name="supplierInvoiceNumber"
            label={t('purchasing.invoices.supplierInvoiceNumber')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('purchasing.invoices.supplierInvoiceNumberRequired'),
              },
            ]}
            style={{ flex: '1 1 260px' }}
          >
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item
            name="invoiceDate"
            label={t('purchasing.invoices.invoiceDate')}
            rules={[{ required: true, message: t('purchasing.invoices.invoiceDateRequired') }]}
            style={{ flex: '0 0 200px' }}
          >
            <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Flex>
        {purchaseOrderId && (
          <>
            <Typography.Title level={5}>{t('purchasing.invoices.lines')}</Typography.Title>
            {order.isError ? (
              <QueryProblem error={order.error} onRetry={() => void order.refetch()} />
            ) : order.data ? (
              <OrderLinesFields order={order.data} />
            ) : (
              <Spin />
            )}
          </>
        )}
        {noLines && (
          <Alert
            type="error"
            showIcon
            title={t('purchasing.invoices.linesRequired')}
            style={{ marginBottom: 16 }}
          />
        )}
        {problem.problem && (
          <div style={{ marginBottom: 16 }}>
            <ProblemAlert error={problem.problem.error} fieldErrors={problem.problem.unmatched} />
          </div>
        )}
        <FormActions
          submitting={create.isPending}
          onCancel={onClose}
          submitLabel={t('purchasing.invoices.create')}
        />
      </Form>
    </Drawer>
  );
}

function ResolveModal({
  invoice,
  action,
  onClose,
}: {
  invoice: SupplierInvoice;
  action: 'approve' | 'return' | undefined;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const resolve = useResolveSupplierInvoice();
  const problem = useFormProblem(form, ['reason']);
  const submit = ({ reason }: { reason?: string }) => {
    if (!action) return;
    problem.clear();
    resolve.mutate(
      { invoice, action, reason: reason!.trim() },
      {
        onSuccess: () => {
          void message.success(
            t(action === 'approve' ? 'purchasing.invoices.approved' : 'purchasing.invoices.returned'),
          );
          onClose();
        },
        onError: problem.report,
      },
    );
  };
  return (
    <Modal
      open={!!action}
      title={t(action === 'return' ? 'purchasing.invoices.returnTitle' : 'purchasing.invoices.approveTitle', {
        number: invoice.number,
      })}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} name="resolve-supplier-invoice" layout="vertical" onFinish={submit}>
        <Form.Item
          name="reason"
          label={t('purchasing.invoices.reason')}
          rules={[{ required: true, whitespace: true, message: t('purchasing.invoices.reasonRequired') }]}
        >
          <Input maxLength={1000} autoFocus />
        </Form.Item>
        {problem.problem && (
          <div style={{ marginBottom: 16 }}>
            <ProblemAlert error={problem.problem.error} fieldErrors={problem.problem.unmatched} />
          </div>
        )}
        <FormActions
          submitting={resolve.isPending}
          onCancel={onClose}
          submitLabel={t(action === 'return' ? 'purchasing.invoices.return' : 'purchasing.invoices.approve')}
        />
      </Form>
    </Modal>
  );
}

function InvoiceDetail({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const invoice = useQuery(supplierInvoiceQuery(id));
  const order = useQuery({
    ...purchaseOrderQuery(invoice.data?.purchaseOrderId ?? ''),
    enabled: !!invoice.data && can('purchase-orders:read'),
  });
  const [action, setAction] = useState<'approve' | 'return'>();
  if (invoice.isError) return <QueryProblem error={invoice.error} onRetry={() => void invoice.refetch()} />;
  if (!invoice.data) return <Spin />;
  const inv = invoice.data;
  const sku = (lineId: string) => {
    const line = order.data?.lines.find((candidate) => candidate.id === lineId);
    return line ? `${line.lineNo}. ${line.skuCode ?? line.skuId.slice(-8)}` : `…${lineId.slice(-8)}`;
  };
  const facts: DescriptionsProps['items'] = [
    {
      key: 'supplier',
      label: t('purchasing.invoices.supplier'),
      children: inv.supplierName ?? inv.supplierId,
    },
    {
      key: 'supplierInvoiceNumber',
      label: t('purchasing.invoices.supplierInvoiceNumber'),
      children: inv.supplierInvoiceNumber,
    },
    {
      key: 'order',
      label: t('purchasing.invoices.purchaseOrder'),
      children: <PurchaseOrderLink id={inv.purchaseOrderId} />,
    },
    { key: 'total', label: t('purchasing.invoices.total'), children: formatMoney(inv.totalAmount) },
    { key: 'invoiceDate', label: t('purchasing.invoices.invoiceDate'), children: inv.invoiceDate },
    { key: 'dueDate', label: t('purchasing.invoices.dueDate'), children: inv.dueDate },
    ...(inv.resolutionReason
      ? [{ key: 'resolution', label: t('purchasing.invoices.resolution'), children: inv.resolutionReason }]
      : []),
    ...(inv.resolvedAt
      ? [
          {
            key: 'resolvedAt',
            label: t('purchasing.invoices.resolvedAt'),
            children: formatDateTime(inv.resolvedAt, i18n.language),
          },
        ]
      : []),
  ];
  const lineColumns: TableProps<SupplierInvoice['lines'][number]>['columns'] = [
    { key: 'poLine', title: t('purchasing.invoices.poLine'), render: (_, l) => sku(l.purchaseOrderLineId) },
    {
      key: 'quantity',
      title: t('purchasing.invoices.quantity'),
      align: 'right',
      render: (_, l) => l.quantity,
    },
    {
      key: 'unitPrice',
      title: t('purchasing.invoices.unitPrice'),
      align: 'right',
      render: (_, l) => formatMoney(l.unitPrice),
    },
    {
      key: 'amount',
      title: t('purchasing.invoices.lineAmount'),
      align: 'right',
      render: (_, l) => formatMoney(l.lineAmount),
    },
  ];
  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" gap="small" wrap>
        <span data-testid="invoice-status">
          <InvoiceStatusTag status={inv.status} />
        </span>
        {inv.status === 'mismatched' && can('supplier-invoices:write') && (
          <Flex gap="small">
            <Button danger onClick={() => setAction('return')}>
              {t('purchasing.invoices.return')}
            </Button>
            <Button type="primary" onClick={() => setAction('approve')}>
              {t('purchasing.invoices.approve')}
            </Button>
          </Flex>
        )}
      </Flex>
      <Descriptions items={facts} column={1} size="small" />
      <Card size="small" title={t('purchasing.invoices.matchResult')}>
        <SupplierInvoiceDiscrepancies invoice={inv} order={order.data} />
      </Card>
      <Card size="small" title={t('purchasing.invoices.lines')}>
        <Table rowKey="id" size="small" columns={lineColumns} dataSource={inv.lines} pagination={false} />
      </Card>
      <ResolveModal key={action} invoice={inv} action={action} onClose={() => setAction(undefined)} />
    </Flex>
  );
}

/** 采购 → Supplier invoices: three-way matched as entered; finance decides the mismatched ones. */
export function SupplierInvoicesPage() {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const [state, setState] = useUrlState(invoiceListSpec);
  const record = useOpenRecord('invoice');
  const [creating, setCreating] = useState(false);
  const pages = useCursorPages(JSON.stringify(state));
  const query = (cursor: string | undefined) => ({
    status: state.status,
    supplierId: state.supplierId,
    limit: state.limit,
    cursor,
    count: cursor === undefined ? true : undefined,
  });
  const list = useQuery({
    ...supplierInvoiceListQuery(query(pages.cursor)),
    placeholderData: keepPreviousData,
  });
  const firstPage = useQuery({ ...supplierInvoiceListQuery(query(undefined)), enabled: false });
  const shown = useQuery({ ...supplierInvoiceQuery(record.shownId ?? ''), enabled: !!record.shownId });
  const filtered = !!state.status || !!state.supplierId;
  const clear = () => setState({ status: undefined, supplierId: undefined });
  const create =
    can('supplier-invoices:write') && can('purchase-orders:read')
      ? { label: t('purchasing.invoices.create'), onClick: () => setCreating(true) }
      : undefined;

  const columns: TableProps<SupplierInvoiceSummary>['columns'] = [
    {
      key: 'number',
      title: t('purchasing.invoices.number'),
      render: (_, inv) => (
        <Button type="link" style={{ padding: 0 }} onClick={() => record.open(inv.id)}>
          {inv.number}
        </Button>
      ),
    },
    {
      key: 'supplierInvoiceNumber',
      title: t('purchasing.invoices.supplierInvoiceNumber'),
      render: (_, inv) => inv.supplierInvoiceNumber,
    },
    {
      key: 'supplier',
      title: t('purchasing.invoices.supplier'),
      render: (_, inv) => inv.supplierName ?? t('common.none'),
    },
    {
      key: 'total',
      title: t('purchasing.invoices.total'),
      align: 'right',
      render: (_, inv) => formatMoney(inv.totalAmount),
    },
    {
      key: 'status',
      title: t('purchasing.invoices.status'),
      render: (_, inv) => <InvoiceStatusTag status={inv.status} />,
    },
    {
      key: 'discrepancyCount',
      title: t('purchasing.invoices.discrepancyCount'),
      align: 'right',
      render: (_, inv) =>
        inv.discrepancyCount > 0 ? (
          <Typography.Text type="warning">{inv.discrepancyCount}</Typography.Text>
        ) : (
          0
        ),
    },
    { key: 'invoiceDate', title: t('purchasing.invoices.invoiceDate'), render: (_, inv) => inv.invoiceDate },
    { key: 'dueDate', title: t('purchasing.invoices.dueDate'), render: (_, inv) => inv.dueDate },
    {
      key: 'createdAt',
      title: t('purchasing.invoices.createdAt'),
      render: (_, inv) => formatDateTime(inv.createdAt, i18n.language),
    },
  ];

  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('purchasing.invoices.title')}
        subtitle={t('purchasing.invoices.subtitle')}
        extra={<CreateButton create={create} />}
      />
      <FilterBar filtered={filtered} onClear={clear}>
        <Select
          aria-label={t('purchasing.invoices.status')}
          placeholder={t('purchasing.invoices.anyStatus')}
          allowClear
          value={state.status}
          onChange={(status) => setState({ status })}
          options={SUPPLIER_INVOICE_STATUSES.map((status) => ({
            value: status,
            label: t(`purchasing.invoiceStatuses.${status}`),
          }))}
          style={{ width: 160 }}
        />
        <SupplierSelect
          aria-label={t('purchasing.invoices.supplier')}
          placeholder={t('purchasing.orders.anySupplier')}
          allowClear
          value={state.supplierId}
          onChange={(supplierId) => setState({ supplierId })}
          style={{ width: 260 }}
        />
      </FilterBar>
      <CursorTable<SupplierInvoiceSummary>
        list={list}
        pages={pages}
        total={firstPage.data?.total}
        pageSize={state.limit}
        onPageSizeChange={(limit) => setState({ limit })}
        columns={columns}
        empty={{
          noneText: t('purchasing.invoices.empty'),
          filtered: filtered ? { text: t('purchasing.invoices.emptyFiltered'), onClear: clear } : undefined,
          create,
        }}
      />
      <Drawer
        open={!!record.openId}
        title={t('purchasing.invoices.detailTitle', { number: shown.data?.number ?? '' })}
        size={760}
        onClose={record.close}
      >
        {record.shownId && <InvoiceDetail id={record.shownId} />}
      </Drawer>
      {create && (
        <NewInvoiceDrawer
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            record.open(id);
          }}
        />
      )}
    </Flex>
  );
}
