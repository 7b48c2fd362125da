import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';

interface FormActionsProps {
  submitting: boolean;
  onCancel(): void;
  /** What the submit button says, when "Save" does not fit (e.g. "Create key"). */
  submitLabel?: string;
}

/** Cancel and save, inside the <form> so that Enter in any text field submits it. */
export function FormActions({ submitting, onCancel, submitLabel }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <Flex justify="end" gap="small">
      <Button onClick={onCancel}>{t('common.cancel')}</Button>
      <Button type="primary" htmlType="submit" loading={submitting}>
        {submitLabel ?? t('common.save')}
      </Button>
    </Flex>
  );
}
