import { DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { yuanToMinorUnits } from '../../shared/money/money';
import { YuanInput, yuanRules } from '../../shared/money/YuanInput';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { chinaToday } from '../finance-ledger/ledger.api';
import { ASSET_CATEGORIES, type FixedAsset } from './assets.api';
import { CustodianSelect } from './custodians';
import { useRegisterAsset } from './use-asset-mutations';

interface Values {
  name: string;
  category: FixedAsset['category'];
  cost: string;
  residualValue: string;
  usefulLifeMonths: number;
  inServiceDate: Dayjs;
  custodianEmployeeId: string;
  location: string;
}

const FIELDS = [
  'name',
  'category',
  'cost',
  'residualValue',
  'usefulLifeMonths',
  'inServiceDate',
  'custodianEmployeeId',
  'location',
] as const;

/** 登记固定资产: amounts typed in yuan and sent in 分; the purchase is posted by the API. */
export function RegisterAssetModal({
  open,
  onClose,
  onRegistered,
}: {
  open: boolean;
  onClose(): void;
  onRegistered(asset: FixedAsset): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const register = useRegisterAsset();
  const shown = useFormProblem(form, FIELDS);
  const label = (field: keyof typeof FIELD_LABELS) => t(`financeLedger.assets.fields.${FIELD_LABELS[field]}`);

  const submit = (values: Values) => {
    shown.clear();
    register.mutate(
      {
        name: values.name.trim(),
        category: values.category,
        cost: yuanToMinorUnits(values.cost)!,
        residualValue: yuanToMinorUnits(values.residualValue)!,
        usefulLifeMonths: values.usefulLifeMonths,
        inServiceDate: values.inServiceDate.format('YYYY-MM-DD'),
        custodianEmployeeId: values.custodianEmployeeId,
        location: values.location.trim(),
      },
      { onSuccess: onRegistered, onError: shown.report },
    );
  };

  return (
    <Modal
      open={open}
      title={t('financeLedger.assets.register.title')}
      okText={t('financeLedger.assets.register.submit')}
      okButtonProps={{ loading: register.isPending, htmlType: 'submit', form: 'register-asset' }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="register-asset"
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={{ residualValue: '0', inServiceDate: dayjs(chinaToday()), usefulLifeMonths: 36 }}
      >
        <Form.Item
          name="name"
          label={label('name')}
          rules={[
            { required: true, whitespace: true, message: t('financeLedger.assets.register.nameRequired') },
          ]}
        >
          <Input aria-label={label('name')} maxLength={100} />
        </Form.Item>
        <Form.Item
          name="category"
          label={label('category')}
          rules={[{ required: true, message: t('financeLedger.assets.register.categoryRequired') }]}
        >
          <Select
            aria-label={label('category')}
            options={ASSET_CATEGORIES.map((c) => ({
              value: c,
              label: t(`financeLedger.assets.categories.${c}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="cost" label={label('cost')} rules={yuanRules(t)}>
          <YuanInput aria-label={label('cost')} />
        </Form.Item>
        <Form.Item
          name="residualValue"
          label={label('residualValue')}
          dependencies={['cost']}
          rules={[
            ...yuanRules(t),
            ({ getFieldValue }) => ({
              validator: async (_rule, value?: string) => {
                const cost = yuanToMinorUnits(String(getFieldValue('cost') ?? ''));
                const residual = value ? yuanToMinorUnits(value) : undefined;
                if (cost !== undefined && residual !== undefined && residual >= cost)
                  throw new Error(t('financeLedger.assets.register.residualTooHigh'));
              },
            }),
          ]}
        >
          <YuanInput aria-label={label('residualValue')} />
        </Form.Item>
        <Form.Item
          name="usefulLifeMonths"
          label={label('usefulLifeMonths')}
          rules={[
            {
              required: true,
              type: 'integer',
              min: 1,
              max: 600,
              message: t('financeLedger.assets.register.lifeRequired'),
            },
          ]}
        >
          <InputNumber aria-label={label('usefulLifeMonths')} min={1} max={600} precision={0} />
        </Form.Item>
        <Form.Item
          name="inServiceDate"
          label={label('inServiceDate')}
          rules={[{ required: true, message: t('financeLedger.assets.register.dateRequired') }]}
        >
          <DatePicker aria-label={label('inServiceDate')} allowClear={false} />
        </Form.Item>
        <Form.Item
          name="custodianEmployeeId"
          label={label('custodianEmployeeId')}
          rules={[{ required: true, message: t('financeLedger.assets.register.custodianRequired') }]}
        >
          <CustodianSelect aria-label={label('custodianEmployeeId')} />
        </Form.Item>
        <Form.Item
          name="location"
          label={label('location')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('financeLedger.assets.register.locationRequired'),
            },
          ]}
        >
          <Input aria-label={label('location')} maxLength={100} />
        </Form.Item>
      </Form>
      {shown.problem && <ProblemAlert error={shown.problem.error} fieldErrors={shown.problem.unmatched} />}
    </Modal>
  );
}

const FIELD_LABELS = {
  name: 'name',
  category: 'category',
  cost: 'cost',
  residualValue: 'residualValue',
  usefulLifeMonths: 'usefulLifeMonths',
  inServiceDate: 'inServiceDate',
  custodianEmployeeId: 'custodian',
  location: 'location',
} as const;
