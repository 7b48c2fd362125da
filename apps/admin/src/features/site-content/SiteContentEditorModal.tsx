import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import '../../shared/format/dayjs-locales';
import { useFormProblem } from '../../shared/forms/use-form-problem';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import {
  SITE_CONTENT_KINDS,
  SITE_CONTENT_STATUSES,
  SITE_LANGUAGES,
  type NewSiteContent,
  type SiteContent,
} from './site-content.api';
import { useSaveSiteContent } from './use-save-site-content';

interface Values extends Omit<NewSiteContent, 'publishFrom' | 'publishUntil'> {
  publishFrom?: Dayjs | null;
  publishUntil?: Dayjs | null;
}

/** Writes a page, banner or announcement: text, picture and link, status and schedule (If-Match on edit). */
export function SiteContentEditorModal({
  open,
  item,
  onClose,
}: {
  open: boolean;
  item?: SiteContent;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveSiteContent();
  const { problem, report, clear } = useFormProblem(form, [
    'kind',
    'language',
    'slug',
    'title',
    'body',
    'imageUrl',
    'linkUrl',
    'position',
    'status',
    'publishFrom',
    'publishUntil',
  ]);
  const label = (key: string) => t(`salesCampaigns.content.fields.${key as 'title'}`);

  const submit = (values: Values) => {
    clear();
    const input: NewSiteContent = {
      ...values,
      imageUrl: values.imageUrl?.trim() || null,
      linkUrl: values.linkUrl?.trim() || null,
      publishFrom: values.publishFrom ? values.publishFrom.toISOString() : null,
      publishUntil: values.publishUntil ? values.publishUntil.toISOString() : null,
    };
    save.mutate(
      { item, input },
      {
        onSuccess: () => {
          void message.success(t('salesCampaigns.content.saved'));
          onClose();
        },
        onError: report,
      },
    );
  };

  return (
    <Modal
      open={open}
      width={720}
      title={t(`salesCampaigns.content.${item ? 'editTitle' : 'createTitle'}`)}
      okText={t('common.save')}
      okButtonProps={{ loading: save.isPending, htmlType: 'submit', form: 'site-content-form' }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="site-content-form"
        layout="vertical"
        preserve={false}
        onFinish={submit}
        initialValues={
          item
            ? {
                ...item,
                imageUrl: item.imageUrl ?? undefined,
                linkUrl: item.linkUrl ?? undefined,
                publishFrom: item.publishFrom ? dayjs(item.publishFrom) : null,
                publishUntil: item.publishUntil ? dayjs(item.publishUntil) : null,
              }
            : { kind: 'banner', language: 'zh-CN', status: 'draft', position: 0, body: '' }
        }
      >
        <Form.Item name="kind" label={label('kind')} rules={[{ required: true }]}>
          <Select
            aria-label={label('kind')}
            disabled={!!item}
            options={SITE_CONTENT_KINDS.map((k) => ({
              value: k,
              label: t(`salesCampaigns.content.kinds.${k}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="language" label={label('language')} rules={[{ required: true }]}>
          <Select
            aria-label={label('language')}
            disabled={!!item}
            options={SITE_LANGUAGES.map((l) => ({
              value: l,
              label: t(`salesCampaigns.content.languages.${l}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="slug"
          label={label('slug')}
          extra={t('salesCampaigns.content.slugHint')}
          rules={[{ required: true, pattern: /^[a-z0-9][a-z0-9-]{0,99}$/ }]}
        >
          <Input aria-label={label('slug')} />
        </Form.Item>
        <Form.Item
          name="title"
          label={label('title')}
          rules={[{ required: true, whitespace: true, max: 200 }]}
        >
          <Input aria-label={label('title')} />
        </Form.Item>
        <Form.Item name="body" label={label('body')}>
          <Input.TextArea rows={6} aria-label={label('body')} />
        </Form.Item>
        <Form.Item name="imageUrl" label={label('imageUrl')}>
          <Input aria-label={label('imageUrl')} />
        </Form.Item>
        <Form.Item name="linkUrl" label={label('linkUrl')}>
          <Input aria-label={label('linkUrl')} />
        </Form.Item>
        <Form.Item name="position" label={label('position')}>
          <InputNumber min={0} max={10_000} aria-label={label('position')} />
        </Form.Item>
        <Form.Item name="status" label={label('status')} rules={[{ required: true }]}>
          <Select
            aria-label={label('status')}
            options={SITE_CONTENT_STATUSES.map((s) => ({
              value: s,
              label: t(`salesCampaigns.content.statuses.${s}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="publishFrom" label={label('publishFrom')}>
          <DatePicker showTime aria-label={label('publishFrom')} />
        </Form.Item>
        <Form.Item name="publishUntil" label={label('publishUntil')}>
          <DatePicker showTime aria-label={label('publishUntil')} />
        </Form.Item>
      </Form>
      {problem && <ProblemAlert error={problem.error} fieldErrors={problem.unmatched} />}
    </Modal>
  );
}
