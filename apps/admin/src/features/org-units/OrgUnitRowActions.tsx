import { EditOutlined, InboxOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/problem';
import { translatedProblem } from '../../shared/ui/problem-text';
import type { OrgUnit, OrgUnitStatus } from './org-units.api';
import { isStaleVersion, useUpdateOrgUnit } from './use-org-unit-mutations';

interface OrgUnitRowActionsProps {
  unit: OrgUnit;
  onEdit(unit: OrgUnit): void;
}

export function OrgUnitRowActions({ unit, onEdit }: OrgUnitRowActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateOrgUnit();

  const setStatus = async (status: OrgUnitStatus) => {
    try {
      await update.mutateAsync({ unit, changes: { status } });
      void message.success(
        t(status === 'archived' ? 'orgUnits.actions.archived' : 'orgUnits.actions.restored', {
          name: unit.name,
        }),
      );
    } catch (error) {
      if (isStaleVersion(error)) void message.warning(t('orgUnits.form.staleTitle'));
      else if (error instanceof ApiProblem)
        void message.error(translatedProblem(t, error.code) ?? error.detail);
      else void message.error(String(error));
    }
  };

  return (
    <Space size={0}>
      <Button type="link" size="small" icon={<EditOutlined />} onClick={() => onEdit(unit)}>
        {t('orgUnits.actions.edit')}
      </Button>
      {unit.status === 'active' ? (
        <Popconfirm
          title={t('orgUnits.actions.archiveConfirm', { name: unit.name })}
          onConfirm={() => setStatus('archived')}
        >
          <Button type="link" size="small" danger icon={<InboxOutlined />}>
            {t('orgUnits.actions.archive')}
          </Button>
        </Popconfirm>
      ) : (
        <Button
          type="link"
          size="small"
          icon={<UndoOutlined />}
          loading={update.isPending}
          onClick={() => setStatus('active')}
        >
          {t('orgUnits.actions.restore')}
        </Button>
      )}
    </Space>
  );
}
