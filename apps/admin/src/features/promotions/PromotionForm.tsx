import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PATHS, promotionPath } from '../../app/paths';
import { FormActions } from '../../shared/forms/FormActions';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import {
  blankPromotionForm,
  problemForForm,
  promotionFormValuesOf,
  promotionInputOf,
  type PromotionFormValues,
} from './promotion-form';
import { PromotionFields } from './PromotionFields';
import { promotionQuery, type Promotion } from './promotions.api';
import { useSavePromotion } from './use-promotion-mutations';

const FIELDS = [
  'name',
  'kind',
  'percent',
  'amount',
  'threshold',
  'repeat',
  'buy',
  'get',
  'targetScope',
  'productIds',
  'categoryIds',
  'window',
  'channels',
  'regionIds',
  'perCustomerLimit',
  'totalLimit',
  'priority',
  'stacking',
  'exclusionGroup',
];

interface PromotionFormProps {
  /** Undefined for a new promotion (saved as a draft). */
  promotion: Promotion | undefined;
  readOnly: boolean;
}

/** Creates a promotion as a draft, or replaces its terms with If-Match; Enter in a text field saves. */
export function PromotionForm({ promotion, readOnly }: PromotionFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PromotionFormValues>();
  const formProblem = useFormProblem(form, FIELDS);
  const save = useSavePromotion();
  const [base, setBase] = useState(promotion);
  const [changedByOthers, setChangedByOthers] = useState(false);

  const submit = async (values: PromotionFormValues) => {
    formProblem.clear();
    try {
      const saved = await save.mutateAsync({ promotion: base, input: promotionInputOf(values) });
      void message.success(t('promotions.form.saved', { name: saved.name }));
      setBase(saved);
      setChangedByOthers(false);
      if (!base) void navigate(promotionPath(saved.id), { replace: true });
    } catch (error) {
      if (base && error instanceof Error && 'status' in error && error.status === 412) {
        const latest = await queryClient.fetchQuery({ ...promotionQuery(base.id), staleTime: 0 });
        setBase(latest);
        setChangedByOthers(true);
        form.setFieldsValue(promotionFormValuesOf(latest));
        return;
      }
      formProblem.report(problemForForm(error, values.targetScope));
    }
  };

  return (
    <Form<PromotionFormValues>
      form={form}
      name="promotion"
      layout="vertical"
      disabled={readOnly}
      initialValues={promotion ? promotionFormValuesOf(promotion) : blankPromotionForm()}
      onFinish={submit}
    >
      {changedByOthers && (
        <Form.Item>
          <Alert
            type="warning"
            showIcon
            role="alert"
            title={t('promotions.form.staleTitle')}
            description={t('promotions.form.staleText')}
          />
        </Form.Item>
      )}
      <PromotionFields />
      {formProblem.problem && (
        <Form.Item>
          <ProblemAlert error={formProblem.problem.error} fieldErrors={formProblem.problem.unmatched} />
        </Form.Item>
      )}
      {!readOnly && (
        <FormActions
          submitting={save.isPending}
          onCancel={() => void navigate(PATHS.promotions)}
          submitLabel={promotion ? undefined : t('promotions.form.createDraft')}
        />
      )}
    </Form>
  );
}
