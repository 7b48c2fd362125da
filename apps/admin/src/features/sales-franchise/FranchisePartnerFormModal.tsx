import { useQuery } from '@tanstack/react-query';
import { App, Button, Flex, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { FRANCHISE_KINDS, salesTerritoriesQuery, type FranchisePartner } from './franchise.api';
import { franchiseFormValues, toFranchiseInput, type FranchiseFormValues } from './franchise-form';
import { useSaveFranchisePartner } from './use-franchise-mutations';

/** A new lead in one's territory, or a partner's changed name, kind, contacts, contract number or note. */
export function FranchisePartnerFormModal({
  open,
  partner,
  onClose,
  onCreated,
}: {
  open: boolean;
  partner?: FranchisePartner;
  onClose(): void;
  onCreated?(partner: FranchisePartner): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FranchiseFormValues>();
  const save = useSaveFranchisePartner();
  const territories = useQuery({ ...salesTerritoriesQuery(), enabled: open && !partner });
  const { problem, report, clear } = useFormProblem(form, [
    'name',
    'kind',
    'orgUnitId',
    'contacts',
    'contractNumber',
    'note',
  ]);
  const label = (key: string) => t(`salesFranchise.fields.${key as 'name'}`);

  const submit = (values: FranchiseFormValues) => {
    clear();
    const { orgUnitId, ...changes } = toFranchiseInput({
      ...values,
      orgUnitId: values.orgUnitId ?? partner?.orgUnitId,
    });
    save.mutate(
      { partner, input: partner ? changes : { orgUnitId, ...changes } },
      {
        onSuccess: (saved) => {
          void message.success(t('salesFranchise.saved'));
          onClose();
          if (!partner) onCreated?.(saved);
        },
        onError: report,
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t(partner ? 'salesFranchise.editTitle' : 'salesFranchise.createTitle')}
      okText={t('common.save')}
      okButtonProps={{ loading: save.isPending, htmlType: 'submit', form: 'franchise-form' }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <Form<FranchiseFormValues>
        form={form}
        name="franchise-form"
        layout="vertical"
        preserve={false}
        onFinish={submit}
        initialValues={partner ? franchiseFormValues(partner) : { kind: 'enterprise', contacts: [{}] }}
      >
        <Form.Item
          name="name"
          label={label('name')}
          rules={[{ required: true, whitespace: true }, { max: 200 }]}
        >
          <Input aria-label={label('name')} />
        </Form.Item>
        <Form.Item name="kind" label={label('kind')} rules={[{ required: true }]}>
          <Select
            aria-label={label('kind')}
            options={FRANCHISE_KINDS.map((kind) => ({
              value: kind,
              label: t(`salesFranchise.kinds.${kind}`),
            }))}
          />
        </Form.Item>
        {!partner && (
          <Form.Item name="orgUnitId" label={label('territory')} rules={[{ required: true }]}>
            <Select
              aria-label={label('territory')}
              loading={territories.isLoading}
              showSearch={{ optionFilterProp: 'label' }}
              options={(territories.data?.data ?? []).map((unit) => ({
                value: unit.id,
                label: `${unit.name} · ${t(`salesFranchise.territoryKinds.${unit.kind}`)}`,
              }))}
            />
          </Form.Item>
        )}
        <Form.Item label={label('contacts')} required={false}>
          <Form.List name="contacts">
            {(fields, { add, remove }) => (
              <Flex vertical gap="small">
                {fields.map((field, index) => (
                  <Flex key={field.key} gap="small" align="start" data-testid="franchise-contact-row">
                    <Form.Item name={[field.name, 'name']} noStyle rules={[{ max: 100 }]}>
                      <Input
                        placeholder={t('salesFranchise.contact.name')}
                        aria-label={`${t('salesFranchise.contact.name')} ${index + 1}`}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'phone']}
                      noStyle
                      rules={[
                        {
                          pattern: /^\+?[0-9 ()-]{5,20}$/,
                          message: t('salesFranchise.contact.phoneInvalid'),
                        },
                      ]}
                    >
                      <Input
                        placeholder={t('salesFranchise.contact.phone')}
                        aria-label={`${t('salesFranchise.contact.phone')} ${index + 1}`}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'title']} noStyle rules={[{ max: 50 }]}>
                      <Input
                        placeholder={t('salesFranchise.contact.title')}
                        aria-label={`${t('salesFranchise.contact.title')} ${index + 1}`}
                      />
                    </Form.Item>
                    <Button
                      onClick={() => remove(field.name)}
                      aria-label={t('salesFranchise.contact.remove')}
                    >
                      −
                    </Button>
                  </Flex>
                ))}
                <Button type="dashed" onClick={() => add({})} disabled={fields.length >= 20}>
                  {t('salesFranchise.contact.add')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item name="contractNumber" label={label('contractNumber')} rules={[{ max: 40 }]}>
          <Input aria-label={label('contractNumber')} />
        </Form.Item>
        <Form.Item name="note" label={label('note')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} aria-label={label('note')} />
        </Form.Item>
        {problem && <ProblemAlert error={problem.error} fieldErrors={problem.unmatched} />}
      </Form>
    </Modal>
  );
}
