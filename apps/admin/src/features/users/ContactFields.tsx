import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

// The API's rules (user-fields.ts), checked here too so a typo costs no round trip.
const PHONE_PATTERN = /^\+?[0-9][0-9 -]{5,30}$/;

/** Name, email and phone: the fields a person keeps about themselves, and an administrator about anyone. */
export function ContactFields({ autoFocusName = false }: { autoFocusName?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="displayName"
        label={t('account.displayName')}
        rules={[
          { required: true, whitespace: true, message: t('account.displayNameRequired') },
          { max: 100, message: t('orgUnits.form.nameTooLong') },
        ]}
      >
        <Input autoComplete="off" autoFocus={autoFocusName} maxLength={100} />
      </Form.Item>
      <Form.Item
        name="email"
        label={t('account.email')}
        rules={[{ type: 'email', message: t('account.emailInvalid') }]}
      >
        <Input type="email" autoComplete="off" maxLength={254} />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('account.phone')}
        rules={[{ pattern: PHONE_PATTERN, message: t('account.phoneInvalid') }]}
      >
        <Input type="tel" autoComplete="off" maxLength={32} />
      </Form.Item>
    </>
  );
}

export interface ContactValues {
  displayName: string;
  email?: string | null;
  phone?: string | null;
}

/** What the API stores for the form's values: trimmed, and an emptied field as null (cleared). */
export function normalizedContact(values: ContactValues): {
  displayName: string;
  email: string | null;
  phone: string | null;
} {
  const orNull = (value: string | null | undefined) => value?.trim() || null;
  return { displayName: values.displayName.trim(), email: orNull(values.email), phone: orNull(values.phone) };
}
