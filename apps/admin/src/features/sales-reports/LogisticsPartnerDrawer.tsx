import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Drawer, Flex, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../shared/forms/FormActions';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import {
  logisticsPartnerFormValues,
  toLogisticsPartnerInput,
  type LogisticsPartnerFormValues,
} from './logistics-form';
import { LOGISTICS_PARTNER_STATUSES, type LogisticsPartner } from './logistics.api';
import { salesTerritoriesQuery } from './reports.api';
import { useSaveLogisticsPartner } from './use-report-mutations';

const FIELDS = ['code', 'name', 'regionId', 'cityIds', 'terms', 'status', 'contacts'];

function PartnerForm({ partner, onClose }: { partner?: LogisticsPartner; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<LogisticsPartnerFormValues>();
  const save = useSaveLogisticsPartner();
  const territories = useQuery(salesTerritoriesQuery());
  const { problem, report, clear } = useFormProblem(form, FIELDS);
  const regionId = Form.useWatch('regionId', form);
  const units = territories.data?.data ?? [];
  const f = (key: string) => t(`salesReports.logistics.fields.${key as 'code'}`);

  const submit = (values: LogisticsPartnerFormValues) => {
    clear();
    save.mutate(
      { partner, input: toLogisticsPartnerInput(values) },
      {
        onSuccess: () => {
          void message.success(t('salesReports.logistics.saved'));
          onClose();
        },
        onError: report,
      },
    );
  };

  return (
    <Form<LogisticsPartnerFormValues>
      form={form}
      name="logistics-partner-form"
      layout="vertical"
      onFinish={submit}
      initialValues={partner ? logisticsPartnerFormValues(partner) : { status: 'active', contacts: [] }}
    >
      <Form.Item name="code" label={f('code')} rules={[{ required: true, pattern: /^[A-Za-z0-9_-]{2,32}$/ }]}>
        <Input aria-label={f('code')} disabled={!!partner} />
      </Form.Item>
      <Form.Item name="name" label={f('name')} rules={[{ required: true, whitespace: true, max: 200 }]}>
        <Input aria-label={f('name')} />
      </Form.Item>
      <Form.Item name="regionId" label={f('region')} rules={[{ required: true }]}>
        <Select
          aria-label={f('region')}
          loading={territories.isPending}
          onChange={() => form.setFieldValue('cityIds', [])}
          options={units.filter((u) => u.kind === 'region').map((u) => ({ value: u.id, label: u.name }))}
        />
      </Form.Item>
      <Form.Item name="cityIds" label={f('cities')}>
        <Select
          mode="multiple"
          aria-label={f('cities')}
          optionFilterProp="label"
          options={units
            .filter((u) => u.kind === 'city' && u.parentId === regionId)
            .map((u) => ({ value: u.id, label: u.name }))}
        />
      </Form.Item>
      <Form.Item name="terms" label={f('terms')} rules={[{ max: 2000 }]}>
        <Input.TextArea aria-label={f('terms')} autoSize={{ minRows: 2 }} />
      </Form.Item>
      <Form.Item name="status" label={f('status')}>
        <Select
          aria-label={f('status')}
          options={LOGISTICS_PARTNER_STATUSES.map((s) => ({
            value: s,
            label: t(`salesReports.logistics.statuses.${s}`),
          }))}
        />
      </Form.Item>
      <Form.Item label={f('contacts')}>
        <Form.List name="contacts">
          {(items, { add, remove }) => (
            <Flex vertical gap="small">
              {items.map((item) => (
                <Flex key={item.key} gap="small" align="start">
                  <Form.Item
                    name={[item.name, 'name']}
                    rules={[{ required: true, whitespace: true, max: 100 }]}
                    noStyle
                  >
                    <Input placeholder={f('contactName')} aria-label={f('contactName')} />
                  </Form.Item>
                  <Form.Item name={[item.name, 'phone']} noStyle>
                    <Input placeholder={f('contactPhone')} aria-label={f('contactPhone')} />
                  </Form.Item>
                  <Form.Item name={[item.name, 'role']} noStyle>
                    <Input placeholder={f('contactRole')} aria-label={f('contactRole')} />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={t('salesReports.logistics.removeContact')}
                    onClick={() => remove(item.name)}
                  />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                {t('salesReports.logistics.addContact')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form.Item>
      {problem && <ProblemAlert error={problem.error} fieldErrors={problem.unmatched} />}
      <FormActions submitting={save.isPending} onCancel={onClose} />
    </Form>
  );
}

/** Add a region's logistics partner, or change one (If-Match with the version read). */
export function LogisticsPartnerDrawer({
  open,
  partner,
  onClose,
}: {
  open: boolean;
  partner?: LogisticsPartner;
  onClose(): void;
}) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      destroyOnHidden
      size={640}
      title={t(`salesReports.logistics.${partner ? 'editTitle' : 'createTitle'}`)}
    >
      {open && <PartnerForm partner={partner} onClose={onClose} />}
    </Drawer>
  );
}
