import { Button, Form, Input, Space, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePassword, PASSWORD_MIN_LENGTH } from './password-rules';

interface PasswordFieldProps {
  form: FormInstance;
  name: string;
  label: string;
  hint: string;
}

/**
 * A password an administrator sets for someone else (initial or reset), with a generator. A generated password
 * is shown in clear, since the administrator has to pass it on.
 */
export function PasswordField({ form, name, label, hint }: PasswordFieldProps) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <Form.Item label={label} extra={hint} required>
      <Space.Compact style={{ width: '100%' }}>
        <Form.Item
          name={name}
          noStyle
          rules={[
            { required: true, message: t('users.form.passwordRequired') },
            { min: PASSWORD_MIN_LENGTH, message: t('account.passwordTooShort') },
          ]}
        >
          <Input.Password
            aria-label={label}
            autoComplete="new-password"
            visibilityToggle={{ visible, onVisibleChange: setVisible }}
          />
        </Form.Item>
        <Button
          onClick={() => {
            form.setFieldValue(name, generatePassword());
            void form.validateFields([name]);
            setVisible(true);
          }}
        >
          {t('users.form.generatePassword')}
        </Button>
      </Space.Compact>
    </Form.Item>
  );
}
