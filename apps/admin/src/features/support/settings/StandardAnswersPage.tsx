import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Checkbox,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Switch,
  Table,
  Tag,
  Typography,
  type TableProps,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../../auth/use-session';
import { FormActions } from '../../../shared/forms/FormActions';
import { useFormProblem } from '../../../shared/forms/use-form-problem';
import { CreateButton } from '../../../shared/ui/CreateButton';
import { FilterBar } from '../../../shared/ui/FilterBar';
import { ListEmpty } from '../../../shared/ui/ListEmpty';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryProblem } from '../../../shared/ui/QueryProblem';
import { SearchBox } from '../../../shared/ui/SearchBox';
import { optionalEnumParam, textParam, type UrlStateSpec } from '../../../shared/url-state/url-state';
import { useUrlState } from '../../../shared/url-state/use-url-state';
import { SupportProblemAlert } from '../SupportProblemAlert';
import {
  answersQuery,
  createAnswer,
  placeholdersQuery,
  supportKeys,
  TICKET_CATEGORIES,
  updateAnswer,
  type NewStandardAnswer,
  type StandardAnswer,
  type TicketCategory,
} from '../support.api';

const FIELDS = ['code', 'title', 'category', 'body', 'tags', 'active'];

interface AnswerListState {
  q: string;
  category: TicketCategory | undefined;
  all: 'true' | undefined;
}
const spec: UrlStateSpec<AnswerListState> = {
  q: textParam(100),
  category: optionalEnumParam(TICKET_CATEGORIES),
  all: optionalEnumParam(['true'] as const),
};

type Editing = { mode: 'create' } | { mode: 'edit'; answer: StandardAnswer };

function AnswerForm({ editing, onClose }: { editing: Editing; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<NewStandardAnswer>();
  const formProblem = useFormProblem(form, FIELDS);
  const placeholders = useQuery(placeholdersQuery());
  const save = useMutation({
    mutationFn: (values: NewStandardAnswer) =>
      editing.mode === 'create' ? createAnswer(values) : updateAnswer(editing.answer, values),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...supportKeys.all, 'answers'] }),
  });
  const submit = async (values: NewStandardAnswer) => {
    formProblem.clear();
    try {
      await save.mutateAsync({ ...values, title: values.title.trim(), tags: values.tags ?? [] });
      void message.success(t('support.answers.saved'));
      onClose();
    } catch (error) {
      formProblem.report(error);
    }
  };
  const insert = (name: string) => {
    const body = form.getFieldValue('body') ?? '';
    form.setFieldValue('body', `${body}{{${name}}}`);
  };
  const initial: Partial<NewStandardAnswer> =
    editing.mode === 'create' ? { category: 'order', active: true, tags: [] } : { ...editing.answer };
  return (
    <Form<NewStandardAnswer> form={form} layout="vertical" initialValues={initial} onFinish={submit}>
      <Form.Item
        name="code"
        label={t('support.answers.code')}
        extra={t('support.answers.codeHint')}
        rules={[{ required: true, pattern: /^[A-Z0-9-]{2,32}$/, message: t('support.answers.codeInvalid') }]}
      >
        <Input autoFocus autoComplete="off" maxLength={32} />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('support.answers.answerTitle')}
        rules={[{ required: true, whitespace: true, message: t('support.answers.titleRequired') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="category" label={t('support.answers.category')}>
        <Select options={TICKET_CATEGORIES.map((c) => ({ value: c, label: t(`support.categories.${c}`) }))} />
      </Form.Item>
      <Form.Item
        name="body"
        label={t('support.answers.body')}
        rules={[{ required: true, whitespace: true, message: t('support.answers.bodyRequired') }]}
        extra={
          <span>
            {t('support.answers.placeholders')}{' '}
            {(placeholders.data ?? []).map((p) => (
              <Tag
                key={p.name}
                style={{ cursor: 'pointer' }}
                title={p.description}
                onClick={() => insert(p.name)}
              >
                {`{{${p.name}}}`}
              </Tag>
            ))}
          </span>
        }
      >
        <Input.TextArea rows={6} maxLength={20000} />
      </Form.Item>
      <Form.Item name="tags" label={t('support.answers.tags')}>
        <Select mode="tags" open={false} />
      </Form.Item>
      <Form.Item name="active" label={t('support.answers.active')} valuePropName="checked">
        <Switch />
      </Form.Item>
      {formProblem.problem && (
        <Form.Item>
          <SupportProblemAlert
            error={formProblem.problem.error}
            fieldErrors={formProblem.problem.unmatched}
          />
        </Form.Item>
      )}
      <FormActions submitting={save.isPending} onCancel={onClose} />
    </Form>
  );
}

/** 答客户问标准 → the standard answers library: search, add, change, retire. */
export function StandardAnswersPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const [state, setState] = useUrlState(spec);
  const [editing, setEditing] = useState<Editing>();
  const answers = useQuery(
    answersQuery({ q: state.q || undefined, category: state.category, all: state.all }),
  );
  const filtered = !!(state.q || state.category || state.all);
  const clear = () => setState({ q: '', category: undefined, all: undefined });
  const writable = can('standard-answers:write');
  const create = writable
    ? { label: t('support.answers.create'), onClick: () => setEditing({ mode: 'create' }) }
    : undefined;

  const columns: TableProps<StandardAnswer>['columns'] = [
    {
      key: 'code',
      title: t('support.answers.code'),
      render: (_, a) => <Typography.Text code>{a.code}</Typography.Text>,
    },
    {
      key: 'title',
      title: t('support.answers.answerTitle'),
      render: (_, a) => (
        <span>
          {a.title} {!a.active && <Tag>{t('support.answers.inactive')}</Tag>}
        </span>
      ),
    },
    {
      key: 'category',
      title: t('support.answers.category'),
      render: (_, a) => t(`support.categories.${a.category}`),
    },
    {
      key: 'body',
      title: t('support.answers.body'),
      render: (_, a) => (
        <Typography.Paragraph
          ellipsis={{ rows: 2, tooltip: a.body }}
          style={{ maxWidth: 420, marginBottom: 0 }}
        >
          {a.body}
        </Typography.Paragraph>
      ),
    },
    { key: 'useCount', title: t('support.answers.useCount'), align: 'right', render: (_, a) => a.useCount },
    ...(writable
      ? [
          {
            key: 'edit',
            title: '',
            render: (_: unknown, a: StandardAnswer) => (
              <Button size="small" onClick={() => setEditing({ mode: 'edit', answer: a })}>
                {t('support.answers.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('support.answers.title')}
        subtitle={t('support.answers.subtitle')}
        extra={<CreateButton create={create} />}
      />
      <FilterBar filtered={filtered} onClear={clear}>
        <SearchBox
          label={t('support.answers.search')}
          value={state.q}
          onSearch={(q) => setState({ q })}
          style={{ width: 240 }}
        />
        <Select
          aria-label={t('support.answers.category')}
          placeholder={t('support.answers.anyCategory')}
          allowClear
          value={state.category}
          onChange={(category) => setState({ category })}
          options={TICKET_CATEGORIES.map((c) => ({ value: c, label: t(`support.categories.${c}`) }))}
          style={{ width: 140 }}
        />
        <Checkbox
          checked={state.all === 'true'}
          onChange={(e) => setState({ all: e.target.checked ? 'true' : undefined })}
        >
          {t('support.answers.showInactive')}
        </Checkbox>
      </FilterBar>
      {answers.isError && <QueryProblem error={answers.error} onRetry={() => void answers.refetch()} />}
      <Table<StandardAnswer>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={answers.data ?? []}
        loading={answers.isPending}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="answers-table"
        locale={{
          emptyText: answers.isPending ? null : (
            <ListEmpty
              noneText={t('support.answers.empty')}
              filtered={filtered ? { text: t('support.answers.empty'), onClear: clear } : undefined}
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
        width={680}
        title={
          editing?.mode === 'edit'
            ? t('support.answers.editTitle', { code: editing.answer.code })
            : t('support.answers.createTitle')
        }
      >
        {editing && <AnswerForm editing={editing} onClose={() => setEditing(undefined)} />}
      </Modal>
    </Flex>
  );
}
