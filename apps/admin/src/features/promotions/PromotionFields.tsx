import { Checkbox, DatePicker, Flex, Form, Input, InputNumber, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import '../../shared/format/dayjs-locales';
import { percentToBasisPoints } from '../../shared/money/money';
import { YuanInput, yuanRules } from '../../shared/money/YuanInput';
import { CategoryTreeSelect } from '../categories/CategoryTreeSelect';
import { SALES_CHANNELS } from '../pricing/pricing.api';
import { ProductSearchSelect } from '../products/ProductSearchSelect';
import type { PromotionFormValues } from './promotion-form';
import { PROMOTION_KINDS, PROMOTION_SCOPES } from './promotions.api';
import { RegionsSelect } from './RegionsSelect';

/** The kind's own parameters: a percentage, an amount, 满X减Y, or buy X get Y. */
function KindParameters() {
  const { t } = useTranslation();
  const kind = Form.useWatch<PromotionFormValues['kind']>('kind');
  if (kind === 'percent_off') {
    return (
      <Form.Item
        name="percent"
        label={t('promotions.form.percent')}
        extra={t('promotions.form.percentHint')}
        rules={[
          { required: true, whitespace: true, message: t('promotions.form.percentRequired') },
          {
            validator: async (_, value?: string) => {
              if (value?.trim() && percentToBasisPoints(value) === undefined)
                throw new Error(t('promotions.form.percentInvalid'));
            },
          },
        ]}
      >
        <Input suffix="%" inputMode="decimal" autoComplete="off" style={{ width: 160 }} />
      </Form.Item>
    );
  }
  if (kind === 'amount_off') {
    return (
      <Form.Item
        name="amount"
        label={t('promotions.form.amountOff')}
        extra={t('promotions.form.amountOffHint')}
        rules={yuanRules(t)}
      >
        <YuanInput style={{ width: 160 }} />
      </Form.Item>
    );
  }
  if (kind === 'spend_save') {
    return (
      <Flex gap="middle" wrap align="start">
        <Form.Item name="threshold" label={t('promotions.form.threshold')} rules={yuanRules(t)}>
          <YuanInput style={{ width: 160 }} placeholder="300" />
        </Form.Item>
        <Form.Item name="amount" label={t('promotions.form.save')} rules={yuanRules(t)}>
          <YuanInput style={{ width: 160 }} placeholder="30" />
        </Form.Item>
        <Form.Item name="repeat" label=" " valuePropName="checked">
          <Checkbox>{t('promotions.form.repeat')}</Checkbox>
        </Form.Item>
      </Flex>
    );
  }
  return (
    <Flex gap="middle" wrap>
      <Form.Item
        name="buy"
        label={t('promotions.form.buy')}
        rules={[{ required: true, message: t('promotions.form.countRequired') }]}
      >
        <InputNumber min={1} max={1000} precision={0} />
      </Form.Item>
      <Form.Item
        name="get"
        label={t('promotions.form.get')}
        rules={[{ required: true, message: t('promotions.form.countRequired') }]}
      >
        <InputNumber min={1} max={1000} precision={0} />
      </Form.Item>
    </Flex>
  );
}

function Targets() {
  const { t } = useTranslation();
  const scope = Form.useWatch<PromotionFormValues['targetScope']>('targetScope');
  if (scope === 'products') {
    return (
      <Form.Item
        name="productIds"
        label={t('promotions.form.products')}
        rules={[{ required: true, type: 'array', min: 1, message: t('promotions.form.targetsRequired') }]}
      >
        <ProductSearchSelect multiple placeholder={t('promotions.form.productsPlaceholder')} />
      </Form.Item>
    );
  }
  if (scope === 'categories') {
    return (
      <Form.Item
        name="categoryIds"
        label={t('promotions.form.categories')}
        rules={[{ required: true, type: 'array', min: 1, message: t('promotions.form.targetsRequired') }]}
      >
        <CategoryTreeSelect multiple activeOnly />
      </Form.Item>
    );
  }
  return null;
}

/** Every field of a promotion, the kind-specific ones following the kind chosen. */
export function PromotionFields() {
  const { t } = useTranslation();
  const can = usePermissions();
  const stacking = Form.useWatch<PromotionFormValues['stacking']>('stacking');
  return (
    <>
      <Form.Item
        name="name"
        label={t('promotions.form.name')}
        rules={[{ required: true, whitespace: true, message: t('promotions.form.nameRequired') }]}
      >
        <Input
          autoFocus
          autoComplete="off"
          maxLength={100}
          placeholder={t('promotions.form.namePlaceholder')}
        />
      </Form.Item>
      <Form.Item name="kind" label={t('promotions.form.kind')}>
        <Radio.Group
          optionType="button"
          options={PROMOTION_KINDS.map((kind) => ({ value: kind, label: t(`promotions.kinds.${kind}`) }))}
        />
      </Form.Item>
      <KindParameters />
      <Form.Item name="targetScope" label={t('promotions.form.targetScope')}>
        <Radio.Group
          options={PROMOTION_SCOPES.map((scope) => ({
            value: scope,
            label: t(`promotions.scopes.${scope}`),
          }))}
        />
      </Form.Item>
      <Targets />
      <Form.Item
        name="window"
        label={t('promotions.form.window')}
        rules={[{ required: true, message: t('promotions.form.windowRequired') }]}
      >
        <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
      </Form.Item>
      <Flex gap="middle" wrap>
        <Form.Item
          name="channels"
          label={t('promotions.form.channels')}
          rules={[{ required: true, type: 'array', min: 1, message: t('promotions.form.channelsRequired') }]}
        >
          <Checkbox.Group
            options={SALES_CHANNELS.map((channel) => ({
              value: channel,
              label: t(`pricing.channels.${channel}`),
            }))}
          />
        </Form.Item>
        {can('org-units:read') && (
          <Form.Item
            name="regionIds"
            label={t('promotions.form.regions')}
            extra={t('promotions.form.regionsHint')}
            style={{ flex: '1 1 280px' }}
          >
            <RegionsSelect placeholder={t('promotions.form.everywhere')} />
          </Form.Item>
        )}
      </Flex>
      <Flex gap="middle" wrap>
        <Form.Item name="perCustomerLimit" label={t('promotions.form.perCustomerLimit')}>
          <InputNumber
            min={1}
            max={1_000_000}
            precision={0}
            placeholder={t('promotions.form.unlimited')}
            style={{ width: 160 }}
          />
        </Form.Item>
        <Form.Item name="totalLimit" label={t('promotions.form.totalLimit')}>
          <InputNumber
            min={1}
            max={100_000_000}
            precision={0}
            placeholder={t('promotions.form.unlimited')}
            style={{ width: 160 }}
          />
        </Form.Item>
        <Form.Item
          name="priority"
          label={t('promotions.form.priority')}
          extra={t('promotions.form.priorityHint')}
        >
          <InputNumber min={0} max={10_000} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Flex>
      <Flex gap="middle" wrap>
        <Form.Item
          name="stacking"
          label={t('promotions.form.stacking')}
          extra={t('promotions.form.stackingHint')}
        >
          <Select
            style={{ width: 220 }}
            options={(['combinable', 'exclusive'] as const).map((value) => ({
              value,
              label: t(`promotions.stacking.${value}`),
            }))}
          />
        </Form.Item>
        {stacking === 'combinable' && (
          <Form.Item
            name="exclusionGroup"
            label={t('promotions.form.exclusionGroup')}
            extra={t('promotions.form.exclusionGroupHint')}
            rules={[
              { pattern: /^[A-Za-z0-9_-]{1,40}$/, message: t('promotions.form.exclusionGroupInvalid') },
            ]}
          >
            <Input autoComplete="off" maxLength={40} placeholder="double11" style={{ width: 200 }} />
          </Form.Item>
        )}
      </Flex>
    </>
  );
}
