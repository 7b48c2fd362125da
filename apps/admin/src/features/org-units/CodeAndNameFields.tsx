import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

// The API's rule (it upper-cases before checking); checking here too saves a round trip for a typo.
const CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{0,31}$/;
const NAME_MAX_LENGTH = 100;

export function CodeAndNameFields({ autoFocusName = false }: { autoFocusName?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="code"
        label={t('orgUnits.form.code')}
        extra={t('orgUnits.form.codeHint')}
        normalize={(value: string) => value.toUpperCase()}
        rules={[
          { required: true, whitespace: true, message: t('orgUnits.form.codeRequired') },
          { pattern: CODE_PATTERN, message: t('orgUnits.form.codePattern') },
        ]}
      >
        <Input autoComplete="off" spellCheck={false} maxLength={32} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('orgUnits.form.name')}
        rules={[
          { required: true, whitespace: true, message: t('orgUnits.form.nameRequired') },
          { max: NAME_MAX_LENGTH, message: t('orgUnits.form.nameTooLong') },
        ]}
      >
        <Input autoComplete="off" autoFocus={autoFocusName} />
      </Form.Item>
    </>
  );
}
