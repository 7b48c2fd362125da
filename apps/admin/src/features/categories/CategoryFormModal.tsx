import { App, Form, Input, InputNumber, Modal } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../shared/forms/FormActions';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import type { Category } from './categories.api';
import { selfAndDescendants } from './category-tree';
import { CategoryTreeSelect } from './CategoryTreeSelect';
import { useCreateCategory, useUpdateCategory } from './use-catalog-node-mutations';

const FIELDS = ['name', 'parentId', 'sortOrder'];

interface CategoryFormValues {
  name: string;
  parentId?: string;
  sortOrder?: number | null;
}

/** What the modal is for: a new category (under `parentId`, or at the top), or changing one. */
export type CategoryEditing = { mode: 'create'; parentId?: string } | { mode: 'edit'; category: Category };

interface CategoryFormModalProps {
  editing: CategoryEditing | undefined;
  categories: readonly Category[];
  onClose(): void;
}

function CategoryForm({
  editing,
  categories,
  onClose,
}: CategoryFormModalProps & { editing: CategoryEditing }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CategoryFormValues>();
  const formProblem = useFormProblem(form, FIELDS);
  const create = useCreateCategory();
  const update = useUpdateCategory();
  const excluded = useMemo(
    () => (editing.mode === 'edit' ? selfAndDescendants(categories, editing.category.id) : undefined),
    [editing, categories],
  );

  const submit = async (values: CategoryFormValues) => {
    formProblem.clear();
    const sortOrder = values.sortOrder ?? 0;
    try {
      if (editing.mode === 'create') {
        await create.mutateAsync({ name: values.name.trim(), parentId: values.parentId, sortOrder });
      } else {
        await update.mutateAsync({
          category: editing.category,
          changes: { name: values.name.trim(), parentId: values.parentId ?? null, sortOrder },
        });
      }
      void message.success(t('catalog.categories.saved', { name: values.name.trim() }));
      onClose();
    } catch (error) {
      formProblem.report(error);
    }
  };

  const initial: CategoryFormValues =
    editing.mode === 'create'
      ? { name: '', parentId: editing.parentId, sortOrder: 0 }
      : {
          name: editing.category.name,
          parentId: editing.category.parentId ?? undefined,
          sortOrder: editing.category.sortOrder,
        };
  return (
    <Form<CategoryFormValues>
      form={form}
      name="category"
      layout="vertical"
      initialValues={initial}
      onFinish={submit}
    >
      <Form.Item
        name="name"
        label={t('catalog.categories.name')}
        rules={[{ required: true, whitespace: true, message: t('catalog.categories.nameRequired') }]}
      >
        <Input autoFocus autoComplete="off" maxLength={100} />
      </Form.Item>
      <Form.Item
        name="parentId"
        label={t('catalog.categories.parent')}
        extra={t('catalog.categories.parentHint')}
      >
        <CategoryTreeSelect
          activeOnly
          allowClear
          excluded={excluded}
          placeholder={t('catalog.categories.topLevel')}
        />
      </Form.Item>
      <Form.Item
        name="sortOrder"
        label={t('catalog.categories.sortOrder')}
        extra={t('catalog.categories.sortOrderHint')}
      >
        <InputNumber min={-10000} max={10000} precision={0} style={{ width: 160 }} />
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

export function CategoryFormModal(props: CategoryFormModalProps) {
  const { t } = useTranslation();
  const { editing } = props;
  return (
    <Modal
      open={!!editing}
      onCancel={props.onClose}
      footer={null}
      destroyOnHidden
      title={
        editing?.mode === 'edit' ? t('catalog.categories.editTitle') : t('catalog.categories.createTitle')
      }
    >
      {editing && <CategoryForm {...props} editing={editing} />}
    </Modal>
  );
}
