import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../shared/forms/FormActions';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { CodeAndNameFields } from './CodeAndNameFields';
import { changesBetween, formValuesOf, type OrgUnitFormValues } from './org-unit-changes';
import { orgUnitQuery, type OrgUnit } from './org-units.api';
import { ParentField } from './ParentField';
import { isStaleVersion, useUpdateOrgUnit } from './use-org-unit-mutations';

const FIELDS = ['parentId', 'code', 'name'];

interface EditOrgUnitFormProps {
  unit: OrgUnit;
  onDone(): void;
}

export function EditOrgUnitForm({ unit, onDone }: EditOrgUnitFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<OrgUnitFormValues>();
  // The version the user's edits apply to; sent as If-Match.
  const [base, setBase] = useState(unit);
  const [changedByOthers, setChangedByOthers] = useState(false);
  const update = useUpdateOrgUnit();
  const formProblem = useFormProblem(form, FIELDS);

  const reloadAfterConflict = async () => {
    try {
      const current = await queryClient.fetchQuery({ ...orgUnitQuery(base.id), staleTime: 0 });
      setBase(current);
      form.resetFields();
      form.setFieldsValue(formValuesOf(current));
      setChangedByOthers(true);
    } catch (error) {
      formProblem.report(error);
    }
  };

  const submit = async (values: OrgUnitFormValues) => {
    formProblem.clear();
    const changes = changesBetween(base, values);
    if (!changes) {
      void message.info(t('orgUnits.form.unchanged'));
      onDone();
      return;
    }
    try {
      const saved = await update.mutateAsync({ unit: base, changes });
      void message.success(t('orgUnits.form.saved', { name: saved.name }));
      onDone();
    } catch (error) {
      if (isStaleVersion(error)) await reloadAfterConflict();
      else formProblem.report(error);
    }
  };

  return (
    <Form<OrgUnitFormValues>
      form={form}
      name="edit-org-unit"
      layout="vertical"
      initialValues={formValuesOf(base)}
      onFinish={submit}
    >
      {changedByOthers && (
        <Form.Item>
          <Alert
            type="warning"
            showIcon
            role="alert"
            title={t('orgUnits.form.staleTitle')}
            description={t('orgUnits.form.staleText')}
          />
        </Form.Item>
      )}
      <Form.Item label={t('orgUnits.form.kind')}>
        <Tag>{t(`orgUnits.kinds.${base.kind}`)}</Tag>
      </Form.Item>
      <ParentField kind={base.kind} excludeId={base.id} />
      <CodeAndNameFields autoFocusName />
      {formProblem.problem && (
        <Form.Item>
          <ProblemAlert error={formProblem.problem.error} fieldErrors={formProblem.problem.unmatched} />
        </Form.Item>
      )}
      <FormActions submitting={update.isPending} onCancel={onDone} />
    </Form>
  );
}
