import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Flex, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { usePermissions } from '../../auth/use-session';
import { formatDateTime } from '../../shared/format/date-time';
import { PageHeader } from '../../shared/ui/PageHeader';
import { PageSpinner } from '../../shared/ui/PageSpinner';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import {
  franchisePartnerQuery,
  salesTerritoriesQuery,
  type FranchiseContact,
  type FranchiseStage,
} from './franchise.api';
import { FranchiseContract } from './FranchiseContract';
import { FranchisePartnerFormModal } from './FranchisePartnerFormModal';
import { MoveStageModal } from './MoveStageModal';

const STAGE_COLORS: Record<FranchiseStage, string> = {
  lead: 'default',
  talks: 'blue',
  contract: 'purple',
  active: 'green',
  lost: 'red',
};

/** A franchise partner: where it stands, its contacts, its contract in finance, and how it got here. */
export function FranchisePartnerPage() {
  const { partnerId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const partner = useQuery(franchisePartnerQuery(partnerId));
  const territories = useQuery(salesTerritoriesQuery());
  const [editing, setEditing] = useState(false);
  const [moving, setMoving] = useState<FranchiseStage>();

  if (partner.isError) return <QueryProblem error={partner.error} onRetry={() => void partner.refetch()} />;
  if (!partner.data) return <PageSpinner />;
  const p = partner.data;
  const stageLabel = (stage: FranchiseStage) => t(`salesFranchise.stages.${stage}`);
  const writer = can('franchise-partners:write');
  const territory = territories.data?.data.find((unit) => unit.id === p.orgUnitId);

  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={p.name}
        subtitle={p.number}
        extra={
          <Space wrap>
            <Tag color={STAGE_COLORS[p.stage]} data-testid="franchise-stage">
              {stageLabel(p.stage)}
            </Tag>
            {writer &&
              p.nextStages.map((stage) => (
                <Button key={stage} danger={stage === 'lost'} onClick={() => setMoving(stage)}>
                  {t('salesFranchise.moveToShort', { stage: stageLabel(stage) })}
                </Button>
              ))}
            {writer && <Button onClick={() => setEditing(true)}>{t('salesFranchise.edit')}</Button>}
          </Space>
        }
      />
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('salesFranchise.fields.kind')}>
            {t(`salesFranchise.kinds.${p.kind}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('salesFranchise.fields.territory')}>
            {territory?.name ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('salesFranchise.fields.contractNumber')}>
            <FranchiseContract contractNumber={p.contractNumber} />
          </Descriptions.Item>
          <Descriptions.Item label={t('salesFranchise.fields.note')} span={3}>
            {p.note ?? '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={t('salesFranchise.fields.contacts')}>
        <Table<FranchiseContact>
          size="small"
          rowKey={(c) => `${c.name}-${c.phone ?? ''}`}
          pagination={false}
          dataSource={p.contacts}
          data-testid="franchise-contacts"
          locale={{ emptyText: t('salesFranchise.noContacts') }}
          columns={[
            { key: 'name', title: t('salesFranchise.contact.name'), render: (_, c) => c.name },
            { key: 'title', title: t('salesFranchise.contact.title'), render: (_, c) => c.title ?? '—' },
            { key: 'phone', title: t('salesFranchise.contact.phone'), render: (_, c) => c.phone ?? '—' },
          ]}
        />
      </Card>
      <Card size="small" title={t('salesFranchise.history')}>
        <Timeline
          data-testid="franchise-history"
          items={(p.history ?? [])
            .slice()
            .reverse()
            .map((h, index) => ({
              key: `${h.createdAt}-${index}`,
              content: (
                <div>
                  <Typography.Text strong>
                    {h.fromStage
                      ? t('salesFranchise.historyMove', {
                          from: stageLabel(h.fromStage),
                          to: stageLabel(h.toStage),
                        })
                      : t('salesFranchise.historyCreated')}
                  </Typography.Text>
                  <div>
                    <Typography.Text type="secondary">
                      {formatDateTime(h.createdAt, i18n.language)}
                    </Typography.Text>
                  </div>
                  {h.note && <div>{h.note}</div>}
                </div>
              ),
            }))}
        />
      </Card>
      <FranchisePartnerFormModal open={editing} partner={p} onClose={() => setEditing(false)} />
      <MoveStageModal
        key={moving ?? 'none'}
        partner={moving ? p : undefined}
        stage={moving}
        onClose={() => setMoving(undefined)}
      />
    </Flex>
  );
}
