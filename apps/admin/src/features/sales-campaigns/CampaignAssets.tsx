import { InboxOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Image, Popconfirm, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../shared/ui/problem-text';
import type { Campaign } from './campaigns.api';
import { useCampaignAssets } from './use-campaign-mutations';

/** The campaign's creatives (posters, banner artwork): upload while the campaign is not over, remove. */
export function CampaignAssets({ campaign, editable }: { campaign: Campaign; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { upload, remove } = useCampaignAssets(campaign.id);
  const assets = campaign.assets ?? [];
  return (
    <Card title={t('salesCampaigns.assets.title')} data-testid="campaign-assets">
      <Flex vertical gap="middle">
        {editable && (
          <Upload.Dragger
            name="file"
            accept="image/jpeg,image/png,image/webp,image/gif"
            showUploadList={false}
            customRequest={({ file, onSuccess, onError }) => {
              upload
                .mutateAsync(file as File)
                .then((asset) => {
                  onSuccess?.(asset);
                  void message.success(t('salesCampaigns.assets.uploaded'));
                })
                .catch((error: unknown) => {
                  onError?.(error as Error);
                  void message.error(problemMessage(t, error));
                });
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('salesCampaigns.assets.drop')}</p>
          </Upload.Dragger>
        )}
        {assets.length === 0 ? (
          <span>{t('salesCampaigns.assets.empty')}</span>
        ) : (
          <Flex wrap gap="middle">
            {assets.map((asset) => (
              <Flex key={asset.id} vertical gap="small" align="center">
                <Image src={asset.url} width={160} alt={asset.fileName ?? ''} />
                {editable && (
                  <Popconfirm
                    title={t('salesCampaigns.assets.removeConfirm')}
                    onConfirm={() =>
                      remove.mutateAsync(asset.id).catch((error: unknown) => {
                        void message.error(problemMessage(t, error));
                      })
                    }
                  >
                    <Button size="small" danger>
                      {t('salesCampaigns.assets.remove')}
                    </Button>
                  </Popconfirm>
                )}
              </Flex>
            ))}
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
