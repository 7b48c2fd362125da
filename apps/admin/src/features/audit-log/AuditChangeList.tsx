import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLines, type ChangeLine } from './audit-changes';
import { AuditValue } from './AuditValue';

function FieldChange({ line }: { line: ChangeLine }) {
  const { t } = useTranslation();
  switch (line.kind) {
    case 'redacted':
      return <Typography.Text type="secondary">{t('auditLog.changedHidden')}</Typography.Text>;
    case 'set':
      return <AuditValue field={line.field} value={line.to} />;
    case 'removed':
      return (
        <Typography.Text delete>
          <AuditValue field={line.field} value={line.from} />
        </Typography.Text>
      );
    case 'changed':
      return (
        <>
          <AuditValue field={line.field} value={line.from} />
          <Typography.Text type="secondary" style={{ marginInline: 6 }}>
            →
          </Typography.Text>
          <AuditValue field={line.field} value={line.to} />
        </>
      );
  }
}

/** An event's changes, one field a line: "姓名：张三 → 李四"; secrets only as "changed (hidden)". */
export function AuditChangeList({ changes }: { changes: Record<string, unknown> }) {
  const { t, i18n } = useTranslation();
  const lines = changeLines(changes);
  if (lines.length === 0)
    return <Typography.Text type="secondary">{t('auditLog.noFieldChanges')}</Typography.Text>;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }}>
      {lines.map((line) => (
        <li key={line.field}>
          <Typography.Text type="secondary">
            {i18n.exists(`auditLog.fields.${line.field}`)
              ? t(`auditLog.fields.${line.field as 'name'}`)
              : line.field}
            {t('auditLog.fieldSeparator')}
          </Typography.Text>
          <FieldChange line={line} />
        </li>
      ))}
    </ul>
  );
}
