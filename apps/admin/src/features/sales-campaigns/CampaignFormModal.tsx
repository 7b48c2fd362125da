import { useQuery } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import '../../shared/format/dayjs-locales';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { YuanInput, yuanRules } from '../../shared/money/YuanInput';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { campaignFormValues, toCampaignInput, type CampaignFormValues } from './campaign-form';
import {
  CAMPAIGN_CHANNELS,
  campaignTerritoriesQuery,
  linkablePromotionsQuery,
  type Campaign,
} from './campaigns.api';
import { useSaveCampaign } from './use-campaign-mutations';
import { PATHS } from '../../app/paths';

/** A new campaign plan, or changes to one that is not over yet (If-Match). */
export function CampaignFormModal({
  open,
  campaign,
  onClose,
}: {
  open: boolean;
  campaign?: Campaign;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<CampaignFormValues>();
  const save = useSaveCampaign();
  const territories = useQuery({ ...campaignTerritoriesQuery(), enabled: open });
  const promotions = useQuery({ ...linkablePromotionsQuery(), enabled: open });
  const { problem, report, clear } = useFormProblem(form, [
    'name',
    'channel',
    'budget',
    'targetRevenue',
    'territoryIds',
    'promotionIds',
    'slogans',
    'note',
  ]);
  const label = (key: string) => t(`salesCampaigns.fields.${key as 'name'}`);

  const submit = (values: CampaignFormValues) => {
    clear();
    save.mutate(
      { campaign, input: toCampaignInput(values) },
      {
        onSuccess: (saved) => {
          void message.success(t('salesCampaigns.form.saved'));
          onClose();
          if (!campaign) void navigate(PATHS.campaign.replace(':campaignId', saved.id));
        },
        onError: report,
      },
    );
  };

  return (
    <Modal
      open={open}
      width={640}
      title={t(`salesCampaigns.form.${campaign ? 'editTitle' : 'createTitle'}`)}
      okText={t('common.save')}
      okButtonProps={{ loading: save.isPending, htmlType: 'submit', form: 'campaign-form' }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<CampaignFormValues>
        form={form}
        name="campaign-form"
        layout="vertical"
        preserve={false}
        onFinish={submit}
        initialValues={
          campaign ? campaignFormValues(campaign, (d) => dayjs(d)) : { channel: 'online', slogans: [] }
        }
      >
        <Form.Item name="name" label={label('name')} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input aria-label={label('name')} />
        </Form.Item>
        <Form.Item name="channel" label={label('channel')} rules={[{ required: true }]}>
          <Select
            aria-label={label('channel')}
            options={CAMPAIGN_CHANNELS.map((c) => ({ value: c, label: t(`salesCampaigns.channels.${c}`) }))}
          />
        </Form.Item>
        <Form.Item name="period" label={label('period')} rules={[{ required: true }]}>
          <DatePicker.RangePicker aria-label={label('period')} />
        </Form.Item>
        <Form.Item name="budget" label={label('budget')} rules={yuanRules(t)}>
          <YuanInput aria-label={label('budget')} />
        </Form.Item>
        <Form.Item
          name="targetRevenue"
          label={label('targetRevenue')}
          rules={yuanRules(t, { required: false })}
        >
          <YuanInput aria-label={label('targetRevenue')} />
        </Form.Item>
        <Form.Item name="territoryIds" label={label('territories')} rules={[{ required: true }]}>
          <Select
            mode="multiple"
            aria-label={label('territories')}
            loading={territories.isLoading}
            optionFilterProp="label"
            options={(territories.data?.data ?? []).map((u) => ({
              value: u.id,
              label: `${u.name}（${t(`salesCampaigns.territoryKinds.${u.kind}`)}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="promotionIds" label={label('promotions')}>
          <Select
            mode="multiple"
            aria-label={label('promotions')}
            loading={promotions.isLoading}
            optionFilterProp="label"
            options={(promotions.data?.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
        <Form.Item name="slogans" label={label('slogans')} extra={t('salesCampaigns.form.slogansHint')}>
          <Select mode="tags" aria-label={label('slogans')} open={false} />
        </Form.Item>
        <Form.Item name="note" label={label('note')}>
          <Input.TextArea maxLength={2000} aria-label={label('note')} />
        </Form.Item>
      </Form>
      {problem && <ProblemAlert error={problem.error} fieldErrors={problem.unmatched} />}
    </Modal>
  );
}
