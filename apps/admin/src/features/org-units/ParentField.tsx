import { Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgUnitKind } from './org-units.api';
import { allowedParentKinds } from './org-unit-rules';
import { ParentSelect } from './ParentSelect';

interface ParentFieldProps {
  kind: OrgUnitKind | undefined;
  excludeId?: string;
  autoFocus?: boolean;
}

/** The `parentId` form field, telling which kinds fit; the company, the root, has none. */
export function ParentField({ kind, excludeId, autoFocus }: ParentFieldProps) {
  const { t } = useTranslation();
  if (kind === 'company') {
    return (
      <Form.Item label={t('orgUnits.form.parent')}>
        <Typography.Text type="secondary">{t('orgUnits.form.noParentNeeded')}</Typography.Text>
      </Form.Item>
    );
  }
  const allowedKinds = kind
    ? allowedParentKinds(kind).map((parentKind) => t(`orgUnits.kinds.${parentKind}`))
    : [];
  return (
    <Form.Item
      name="parentId"
      label={t('orgUnits.form.parent')}
      rules={[{ required: true, message: t('orgUnits.form.parentRequired') }]}
      extra={kind && t('orgUnits.form.parentHint', { kinds: allowedKinds.join(' / ') })}
    >
      <ParentSelect childKind={kind} excludeId={excludeId} autoFocus={autoFocus} />
    </Form.Item>
  );
}
