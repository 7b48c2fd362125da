import { Alert, DatePicker, Form, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { OrgUnitTreeSelect } from '../org-units/OrgUnitTreeSelect';
import { UserSelect } from '../users/UserSelect';
import { chinaToday, type Remittance } from './cod.api';
import { codProblemMessage } from './cod-problems';
import { useCreateRemittance } from './use-cod-mutations';

interface Values {
  cityId?: string;
  courierId?: string;
  day: Dayjs;
}

/**
 * 新建回笼批次: the day's collected cash of a city and/or a courier not yet in any batch. The day is a China
 * business day (the API's), today by default.
 */
export function CreateRemittanceModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose(): void;
  onCreated(remittance: Remittance): void;
}) {
  const { t } = useTranslation();
  const can = usePermissions();
  const [form] = Form.useForm<Values>();
  const create = useCreateRemittance();
  const [refusal, setRefusal] = useState<string>();

  const submit = (values: Values) => {
    setRefusal(undefined);
    create.mutate(
      { cityId: values.cityId, courierId: values.courierId, businessDay: values.day.format('YYYY-MM-DD') },
      { onSuccess: onCreated, onError: (error) => setRefusal(codProblemMessage(t, error)) },
    );
  };

  return (
    <Modal
      open={open}
      title={t('cod.create.title')}
      okText={t('cod.create.submit')}
      okButtonProps={{ loading: create.isPending, htmlType: 'submit', form: 'create-remittance' }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="create-remittance"
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={{ day: dayjs(chinaToday()) }}
      >
        <Form.Item
          name="cityId"
          label={t('cod.fields.city')}
          dependencies={['courierId']}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_rule, value?: string) => {
                if (!value && !getFieldValue('courierId')) throw new Error(t('cod.create.targetRequired'));
              },
            }),
          ]}
        >
          <OrgUnitTreeSelect aria-label={t('cod.fields.city')} allowClear activeOnly />
        </Form.Item>
        {can('users:read') && (
          <Form.Item name="courierId" label={t('cod.fields.courier')}>
            <UserSelect aria-label={t('cod.fields.courier')} />
          </Form.Item>
        )}
        <Form.Item
          name="day"
          label={t('cod.fields.businessDay')}
          extra={t('cod.create.dayHint')}
          rules={[{ required: true, message: t('cod.create.dayRequired') }]}
        >
          <DatePicker aria-label={t('cod.fields.businessDay')} allowClear={false} />
        </Form.Item>
      </Form>
      {refusal && (
        <Alert type="error" showIcon role="alert" title={t('cod.create.refused')} description={refusal} />
      )}
    </Modal>
  );
}
