import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  App,
  Button,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Table,
  Tag,
  type TableProps,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { FormActions } from '../../shared/forms/FormActions';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { useCursorPages } from '../../shared/pagination/use-cursor-pages';
import { CreateButton } from '../../shared/ui/CreateButton';
import { CursorPager } from '../../shared/ui/CursorPager';
import { FilterBar } from '../../shared/ui/FilterBar';
import { ListEmpty } from '../../shared/ui/ListEmpty';
import { PageHeader } from '../../shared/ui/PageHeader';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { SearchBox } from '../../shared/ui/SearchBox';
import { intParam, optionalEnumParam, textParam, type UrlStateSpec } from '../../shared/url-state/url-state';
import { useUrlState } from '../../shared/url-state/use-url-state';
import {
  SUPPLIER_STATUSES,
  supplierListQuery,
  type Supplier,
  type SupplierChanges,
  type SupplierStatus,
} from './purchasing.api';
import { useSaveSupplier } from './use-purchasing-mutations';

const STATUS_COLORS: Record<SupplierStatus, string> = {
  active: 'green',
  suspended: 'orange',
  archived: 'default',
};

const supplierListSpec: UrlStateSpec<{ q: string; status: SupplierStatus | undefined; limit: number }> = {
  q: textParam(100),
  status: optionalEnumParam(SUPPLIER_STATUSES),
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};

type SupplierValues = SupplierChanges & { code?: string };

/** The body: empty optional text left out (or cleared with null when editing). */
export function toSupplierChanges(values: SupplierValues, editing: boolean): SupplierValues {
  const orNull = (text: string | null | undefined) => text?.trim() || (editing ? null : undefined);
  // The code is fixed once created: a change of it is not an UpdateSupplierDto field.
  const { code, ...rest } = values;
  return {
    ...(editing ? rest : { ...rest, code }),
    bankName: orNull(values.bankName),
    // An unchanged masked account is not sent back: it would replace the real number with the mask.
    bankAccount: values.bankAccount?.includes('*')
      ? undefined
      : orNull(values.bankAccount?.replace(/\s+/g, '')),
    note: orNull(values.note),
    contacts: (values.contacts ?? [])
      .filter((contact) => contact?.name?.trim())
      .map((contact) => ({
        name: contact.name.trim(),
        phone: contact.phone?.trim() || undefined,
        email: contact.email?.trim() || undefined,
      })),
  };
}

function SupplierDrawer({
  editing,
  onClose,
}: {
  editing: { supplier?: Supplier } | undefined;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SupplierValues>();
  const save = useSaveSupplier();
  const supplier = editing?.supplier;
  const problem = useFormProblem(form, [
    'code',
    'name',
    'contacts',
    'bankName',
    'bankAccount',
    'paymentTermsDays',
    'leadTimeDays',
    'status',
    'note',
  ]);
  const submit = (values: SupplierValues) => {
    problem.clear();
    save.mutate(
      { supplier, changes: toSupplierChanges(values, !!supplier) },
      {
        onSuccess: (saved) => {
          void message.success(t('purchasing.suppliers.saved', { name: saved.name }));
          onClose();
        },
        onError: problem.report,
      },
    );
  };
  return (
    <Drawer
      open={!!editing}
      onClose={onClose}
      size={640}
      destroyOnHidden
      title={
        supplier
          ? t('purchasing.suppliers.editTitle', { name: supplier.name })
          : t('purchasing.suppliers.create')
      }
    >
      {editing && (
        <Form<SupplierValues>
          form={form}
          name="supplier"
          layout="vertical"
          initialValues={
            supplier
              ? { ...supplier, contacts: supplier.contacts }
              : { paymentTermsDays: 30, leadTimeDays: 7, status: 'active', contacts: [{}] }
          }
          onFinish={submit}
        >
          <Flex gap="middle">
            <Form.Item
              name="code"
              label={t('purchasing.suppliers.code')}
              rules={[
                { required: !supplier, whitespace: true, message: t('purchasing.suppliers.codeRequired') },
              ]}
              style={{ flex: '0 0 160px' }}
            >
              <Input maxLength={32} disabled={!!supplier} autoFocus={!supplier} />
            </Form.Item>
            <Form.Item
              name="name"
              label={t('purchasing.suppliers.name')}
              rules={[{ required: true, whitespace: true, message: t('purchasing.suppliers.nameRequired') }]}
              style={{ flex: 1 }}
            >
              <Input maxLength={200} autoFocus={!!supplier} />
            </Form.Item>
          </Flex>
          <Form.List name="contacts">
            {(fields, { add, remove }) => (
              <Flex vertical>
                {fields.map((field, index) => (
                  <Flex key={field.key} gap="small" align="start">
                    <Form.Item
                      name={[field.name, 'name']}
                      label={index === 0 ? t('purchasing.suppliers.contact') : undefined}
                      style={{ flex: 1 }}
                    >
                      <Input maxLength={100} placeholder={t('purchasing.suppliers.contactName')} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'phone']}
                      label={index === 0 ? t('purchasing.suppliers.phone') : undefined}
                      style={{ flex: 1 }}
                    >
                      <Input maxLength={32} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'email']}
                      label={index === 0 ? t('purchasing.suppliers.email') : undefined}
                      style={{ flex: 1 }}
                    >
                      <Input maxLength={200} type="email" />
                    </Form.Item>
                    <Form.Item label={index === 0 ? ' ' : undefined}>
                      <Button
                        icon={<MinusCircleOutlined />}
                        aria-label={t('purchasing.suppliers.removeContact')}
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
                  {t('purchasing.suppliers.addContact')}
                </Button>
              </Flex>
            )}
          </Form.List>
          <Flex gap="middle">
            <Form.Item name="bankName" label={t('purchasing.suppliers.bankName')} style={{ flex: 1 }}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item
              name="bankAccount"
              label={t('purchasing.suppliers.bankAccount')}
              extra={supplier?.bankAccountMasked ? t('purchasing.suppliers.bankAccountMasked') : undefined}
              style={{ flex: 1 }}
            >
              <Input maxLength={40} inputMode="numeric" autoComplete="off" />
            </Form.Item>
          </Flex>
          <Flex gap="middle">
            <Form.Item
              name="paymentTermsDays"
              label={t('purchasing.suppliers.paymentTermsDays')}
              style={{ flex: 1 }}
            >
              <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="leadTimeDays" label={t('purchasing.suppliers.leadTimeDays')} style={{ flex: 1 }}>
              <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="status" label={t('purchasing.suppliers.status')} style={{ flex: 1 }}>
              <Select
                options={SUPPLIER_STATUSES.map((value) => ({
                  value,
                  label: t(`purchasing.supplierStatuses.${value}`),
                }))}
              />
            </Form.Item>
          </Flex>
          <Form.Item name="note" label={t('purchasing.orders.note')}>
            <Input.TextArea maxLength={1000} autoSize={{ minRows: 2 }} />
          </Form.Item>
          {problem.problem && (
            <div style={{ marginBottom: 16 }}>
              <ProblemAlert error={problem.problem.error} fieldErrors={problem.problem.unmatched} />
            </div>
          )}
          <FormActions submitting={save.isPending} onCancel={onClose} />
        </Form>
      )}
    </Drawer>
  );
}

/** 采购 → Suppliers: terms, lead time, delivery rating; bank accounts masked unless the user may see them. */
export function SuppliersPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const [state, setState] = useUrlState(supplierListSpec);
  const pages = useCursorPages(JSON.stringify(state));
  const list = useQuery({
    ...supplierListQuery({
      q: state.q || undefined,
      status: state.status,
      limit: state.limit,
      cursor: pages.cursor,
      sort: 'name',
    }),
    placeholderData: keepPreviousData,
  });
  const [editing, setEditing] = useState<{ supplier?: Supplier }>();
  const create = can('suppliers:write')
    ? { label: t('purchasing.suppliers.create'), onClick: () => setEditing({}) }
    : undefined;
  const filtered = !!state.q || !!state.status;
  const clear = () => setState({ q: '', status: undefined });
  const columns: TableProps<Supplier>['columns'] = [
    { key: 'code', title: t('purchasing.suppliers.code'), render: (_, s) => s.code },
    {
      key: 'name',
      title: t('purchasing.suppliers.name'),
      render: (_, s) =>
        can('suppliers:write') ? (
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setEditing({ supplier: s })}>
            {s.name}
          </Button>
        ) : (
          s.name
        ),
    },
    {
      key: 'contact',
      title: t('purchasing.suppliers.contact'),
      render: (_, s) =>
        s.contacts[0]
          ? [s.contacts[0].name, s.contacts[0].phone].filter(Boolean).join(' ')
          : t('common.none'),
    },
    {
      key: 'bank',
      title: t('purchasing.suppliers.bankAccount'),
      render: (_, s) =>
        s.bankAccount ? (
          <span data-testid="bank-account">{[s.bankName, s.bankAccount].filter(Boolean).join(' ')}</span>
        ) : (
          t('common.none')
        ),
    },
    {
      key: 'terms',
      title: t('purchasing.suppliers.paymentTermsDays'),
      align: 'right',
      render: (_, s) => t('purchasing.suppliers.days', { count: s.paymentTermsDays }),
    },
    {
      key: 'leadTime',
      title: t('purchasing.suppliers.leadTimeDays'),
      align: 'right',
      render: (_, s) => t('purchasing.suppliers.days', { count: s.leadTimeDays }),
    },
    {
      key: 'rating',
      title: t('purchasing.suppliers.rating'),
      align: 'right',
      render: (_, s) =>
        s.rating.score === null ? (
          t('purchasing.suppliers.noRating')
        ) : (
          <span title={t('purchasing.suppliers.ratingDetail', { ...s.rating })}>{s.rating.score}</span>
        ),
    },
    {
      key: 'status',
      title: t('purchasing.suppliers.status'),
      render: (_, s) => (
        <Tag color={STATUS_COLORS[s.status]}>{t(`purchasing.supplierStatuses.${s.status}`)}</Tag>
      ),
    },
  ];
  if (list.isError && !list.data)
    return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('purchasing.suppliers.title')}
        subtitle={t('purchasing.suppliers.subtitle')}
        extra={<CreateButton create={create} />}
      />
      <FilterBar filtered={filtered} onClear={clear}>
        <SearchBox
          value={state.q}
          label={t('purchasing.suppliers.search')}
          onSearch={(q) => setState({ q })}
          style={{ width: 280 }}
        />
        <Select
          aria-label={t('purchasing.suppliers.status')}
          placeholder={t('purchasing.orders.anyStatus')}
          allowClear
          value={state.status}
          onChange={(status) => setState({ status })}
          options={SUPPLIER_STATUSES.map((value) => ({
            value,
            label: t(`purchasing.supplierStatuses.${value}`),
          }))}
          style={{ width: 140 }}
        />
      </FilterBar>
      <Table<Supplier>
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
              noneText={t('purchasing.suppliers.empty')}
              filtered={
                filtered ? { text: t('purchasing.suppliers.emptyFiltered'), onClear: clear } : undefined
              }
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
      <SupplierDrawer editing={editing} onClose={() => setEditing(undefined)} />
    </Flex>
  );
}
