import { useQuery } from '@tanstack/react-query';
import { App, Button, Flex, Form, Input, Modal, Popconfirm, Table, type TableProps } from 'antd';
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
import { SearchBox } from '../../shared/ui/SearchBox';
import { allBrandsQuery, type Brand } from './categories.api';
import { CatalogStatusTag } from './CatalogStatusTag';
import { useCreateBrand, useUpdateBrand } from './use-catalog-node-mutations';

type BrandEditing = { mode: 'create' } | { mode: 'edit'; brand: Brand };

function BrandForm({ editing, onClose }: { editing: BrandEditing; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string }>();
  const formProblem = useFormProblem(form, ['name']);
  const create = useCreateBrand();
  const update = useUpdateBrand();
  const submit = async ({ name }: { name: string }) => {
    formProblem.clear();
    try {
      if (editing.mode === 'create') await create.mutateAsync({ name: name.trim() });
      else await update.mutateAsync({ brand: editing.brand, changes: { name: name.trim() } });
      void message.success(t('catalog.brands.saved', { name: name.trim() }));
      onClose();
    } catch (error) {
      formProblem.report(error);
    }
  };
  return (
    <Form
      form={form}
      name="brand"
      layout="vertical"
      initialValues={{ name: editing.mode === 'edit' ? editing.brand.name : '' }}
      onFinish={submit}
    >
      <Form.Item
        name="name"
        label={t('catalog.brands.name')}
        rules={[{ required: true, whitespace: true, message: t('catalog.brands.nameRequired') }]}
      >
        <Input autoFocus autoComplete="off" maxLength={100} />
      </Form.Item>
      {formProblem.problem && (
        <Form.Item>
          <ProblemAlert error={formProblem.problem.error} fieldErrors={formProblem.problem.unmatched} />
        </Form.Item>
      )}
      <FormActions submitting={create.isPending || update.isPending} onCancel={onClose} />
    </Form>
  );
}

/** Catalog → Brands: a short list, searched in the page; add, rename, archive. */
export function BrandsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = usePermissions();
  const brands = useQuery(allBrandsQuery());
  const update = useUpdateBrand();
  const [editing, setEditing] = useState<BrandEditing>();
  const [search, setSearch] = useState('');
  const writable = can('catalog:write');

  const setStatus = async (brand: Brand, status: Brand['status']) => {
    try {
      await update.mutateAsync({ brand, changes: { status } });
      void message.success(
        t(`catalog.brands.${status === 'archived' ? 'archived' : 'restored'}`, { name: brand.name }),
      );
    } catch (error) {
      void message.error(problemMessage(t, error));
    }
  };

  const columns: TableProps<Brand>['columns'] = [
    { key: 'name', dataIndex: 'name', title: t('catalog.brands.name') },
    {
      key: 'status',
      dataIndex: 'status',
      title: t('catalog.brands.status'),
      render: (status: Brand['status']) => <CatalogStatusTag status={status} />,
    },
    ...(writable
      ? [
          {
            key: 'actions',
            title: t('catalog.brands.actions'),
            render: (_: unknown, brand: Brand) => (
              <Flex gap={4}>
                <Button size="small" type="link" onClick={() => setEditing({ mode: 'edit', brand })}>
                  {t('catalog.brands.rename')}
                </Button>
                {brand.status === 'active' ? (
                  <Popconfirm
                    title={t('catalog.brands.archiveTitle', { name: brand.name })}
                    onConfirm={() => setStatus(brand, 'archived')}
                  >
                    <Button size="small" type="link" danger>
                      {t('catalog.brands.archive')}
                    </Button>
                  </Popconfirm>
                ) : (
                  <Button size="small" type="link" onClick={() => void setStatus(brand, 'active')}>
                    {t('catalog.brands.restore')}
                  </Button>
                )}
              </Flex>
            ),
          },
        ]
      : []),
  ];

  if (brands.isError) return <QueryProblem error={brands.error} onRetry={() => void brands.refetch()} />;
  const needle = search.toLowerCase();
  const shown = (brands.data ?? []).filter((brand) => brand.name.toLowerCase().includes(needle));
  const create = writable
    ? { label: t('catalog.brands.create'), onClick: () => setEditing({ mode: 'create' }) }
    : undefined;
  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('catalog.brands.title')}
        subtitle={t('catalog.brands.subtitle')}
        extra={<CreateButton create={create} />}
      />
      <SearchBox value={search} label={t('catalog.brands.search')} onSearch={setSearch} />
      <Table<Brand>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={shown}
        loading={brands.isPending}
        pagination={shown.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        locale={{
          emptyText: brands.isPending ? null : (
            <ListEmpty
              noneText={t('catalog.brands.empty')}
              filtered={
                search ? { text: t('catalog.brands.emptyFiltered'), onClear: () => setSearch('') } : undefined
              }
              create={create}
            />
          ),
        }}
      />
      <Modal
        open={!!editing}
        onCancel={() => setEditing(undefined)}
        footer={null}
        destroyOnHidden
        title={editing?.mode === 'edit' ? t('catalog.brands.editTitle') : t('catalog.brands.createTitle')}
      >
        {editing && <BrandForm editing={editing} onClose={() => setEditing(undefined)} />}
      </Modal>
    </Flex>
  );
}
