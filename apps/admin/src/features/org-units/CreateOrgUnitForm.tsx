import { App, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../shared/forms/FormActions';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { CodeAndNameFields } from './CodeAndNameFields';
import type { OrgUnitKind } from './org-units.api';
import { ORG_UNIT_KINDS } from './org-unit-rules';
import { ParentField } from './ParentField';
import { useCreateOrgUnit } from './use-org-unit-mutations';

interface CreateValues {
  kind?: OrgUnitKind;
  parentId?: string;
  code: string;
  name: string;
}

const FIELDS = ['kind', 'parentId', 'code', 'name'];

interface CreateOrgUnitFormProps {
  /** Preselected kind, e.g. the kind the list is filtered by. */
  defaultKind?: OrgUnitKind;
  onDone(): void;
}

export function CreateOrgUnitForm({ defaultKind, onDone }: CreateOrgUnitFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateValues>();
  // useWatch is undefined until after the first render; the preset kind fills that gap.
  const kind = Form.useWatch('kind', form) ?? defaultKind;
  const create = useCreateOrgUnit();
  const formProblem = useFormProblem(form, FIELDS);

  const submit = async ({ kind, parentId, code, name }: CreateValues) => {
    formProblem.clear();
    try {
      const unit = await create.mutateAsync({
        kind: kind!,
        parentId: kind === 'company' ? undefined : parentId,
        code: code.trim(),
        name: name.trim(),
      });
      void message.success(t('orgUnits.form.created', { name: unit.name }));
      onDone();
    } catch (error) {
      formProblem.report(error);
    }
  };

  return (
    <Form<CreateValues>
      form={form}
      name="create-org-unit"
      layout="vertical"
      initialValues={{ kind: defaultKind }}
      onFinish={submit}
      onValuesChange={(changed: Partial<CreateValues>) => {
        // A parent chosen for the previous kind is very likely not allowed for the new one.
        if ('kind' in changed) form.setFieldValue('parentId', undefined);
      }}
    >
      <Form.Item
        name="kind"
        label={t('orgUnits.form.kind')}
        rules={[{ required: true, message: t('orgUnits.form.kindRequired') }]}
      >
        <Select
          autoFocus={!defaultKind}
          options={ORG_UNIT_KINDS.map((option) => ({ value: option, label: t(`orgUnits.kinds.${option}`) }))}
        />
      </Form.Item>
      {/* The cursor starts where the first choice is still open: the kind, or the parent when the kind is given. */}
      <ParentField kind={kind} autoFocus={!!defaultKind} />
      <CodeAndNameFields />
      {formProblem.problem && (
        <Form.Item>
          <ProblemAlert error={formProblem.problem.error} fieldErrors={formProblem.problem.unmatched} />
        </Form.Item>
      )}
      <FormActions submitting={create.isPending} onCancel={onDone} />
    </Form>
  );
}
