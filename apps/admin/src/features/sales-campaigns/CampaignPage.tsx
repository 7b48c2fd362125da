import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Flex, Popconfirm, Spin, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PATHS } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { formatDateTime } from '../../shared/format/date-time';
import { formatMoney } from '../../shared/money/money';
import { problemMessage } from '../../shared/ui/problem-text';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { CampaignAssets } from './CampaignAssets';
import { CampaignEffectPanel } from './CampaignEffectPanel';
import { CampaignFormModal } from './CampaignFormModal';
import { CampaignStatusTag } from './CampaignStatusTag';
import {
  campaignQuery,
  campaignTerritoriesQuery,
  linkablePromotionsQuery,
  type Campaign,
} from './campaigns.api';
import { useMoveCampaign } from './use-campaign-mutations';

function StatusActions({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const move = useMoveCampaign();
  return (
    <Flex gap="small">
      {campaign.nextStatuses.map((status) => (
        <Popconfirm
          key={status}
          title={t(`salesCampaigns.actions.confirm.${status}`)}
          onConfirm={() =>
            move
              .mutateAsync({ campaign, status })
              .then(() => void message.success(t('salesCampaigns.actions.done')))
              .catch((error: unknown) => void message.error(problemMessage(t, error)))
          }
        >
          <Button danger={status === 'cancelled'} loading={move.isPending}>
            {t(`salesCampaigns.actions.${status}`)}
          </Button>
        </Popconfirm>
      ))}
    </Flex>
  );
}

/** One campaign: the plan, its effect against the plan, its creatives and its history. */
export function CampaignPage() {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const { campaignId = '' } = useParams();
  const [editing, setEditing] = useState(false);
  const campaign = useQuery(campaignQuery(campaignId));
  const territories = useQuery(campaignTerritoriesQuery());
  const promotions = useQuery({ ...linkablePromotionsQuery(), enabled: can('promotions:read') });
  const f = (key: string) => t(`salesCampaigns.fields.${key as 'name'}`);

  if (campaign.isError)
    return <QueryProblem error={campaign.error} onRetry={() => void campaign.refetch()} />;
  if (!campaign.data) return <Spin />;
  const c = campaign.data;
  const writer = can('campaigns:write');
  const editable = writer && (c.status === 'planned' || c.status === 'running');
  const unitName = (id: string) => territories.data?.data.find((u) => u.id === id)?.name ?? id.slice(0, 8);
  const promotionName = (id: string) =>
    promotions.data?.data.find((p) => p.id === id)?.name ?? id.slice(0, 8);

  return (
    <Flex vertical gap="middle">
      <Link to={PATHS.campaigns}>
        <ArrowLeftOutlined /> {t('salesCampaigns.list.title')}
      </Link>
      <Flex justify="space-between" align="start" wrap gap="middle">
        <div>
          <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4 }}>
            {c.name} <CampaignStatusTag status={c.status} />
          </Typography.Title>
          <Typography.Text type="secondary">{c.number}</Typography.Text>
        </div>
        {writer && (
          <Flex gap="small">
            {editable && <Button onClick={() => setEditing(true)}>{t('salesCampaigns.actions.edit')}</Button>}
            <StatusActions campaign={c} />
          </Flex>
        )}
      </Flex>
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={f('channel')}>
            {t(`salesCampaigns.channels.${c.channel}`)}
          </Descriptions.Item>
          <Descriptions.Item label={f('period')}>{`${c.startsOn} ~ ${c.endsOn}`}</Descriptions.Item>
          <Descriptions.Item label={f('budget')}>{formatMoney(c.budget)}</Descriptions.Item>
          <Descriptions.Item label={f('targetRevenue')}>
            {c.targetRevenue === null ? '—' : formatMoney(c.targetRevenue)}
          </Descriptions.Item>
          <Descriptions.Item label={f('territories')}>
            {c.territoryIds.map((id) => (
              <Tag key={id}>{unitName(id)}</Tag>
            ))}
          </Descriptions.Item>
          <Descriptions.Item label={f('promotions')}>
            {c.promotionIds.length === 0
              ? '—'
              : c.promotionIds.map((id) => <Tag key={id}>{promotionName(id)}</Tag>)}
          </Descriptions.Item>
          <Descriptions.Item label={f('slogans')} span={2}>
            {c.slogans.length === 0 ? '—' : c.slogans.join(' / ')}
          </Descriptions.Item>
          {c.note && (
            <Descriptions.Item label={f('note')} span={2}>
              {c.note}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <CampaignEffectPanel campaignId={c.id} />
      <CampaignAssets campaign={c} editable={editable} />
      <Card title={t('salesCampaigns.history.title')}>
        <Timeline
          items={(c.history ?? []).map((h, index) => ({
            key: index,
            content: (
              <>
                {t(`salesCampaigns.statuses.${h.toStatus}`)} · {formatDateTime(h.createdAt, i18n.language)}
                {h.note && <div>{h.note}</div>}
              </>
            ),
          }))}
        />
      </Card>
      <CampaignFormModal open={editing} campaign={c} onClose={() => setEditing(false)} />
    </Flex>
  );
}
