import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Flex, Popconfirm, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PATHS } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { problemMessage } from '../../shared/ui/problem-text';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { PromotionForm } from './PromotionForm';
import { promotionQuery, type Promotion, type StatusAction } from './promotions.api';
import { PromotionStatusTag } from './PromotionStatusTag';
import { TryCartPanel } from './TryCartPanel';
import { useChangePromotionStatus } from './use-promotion-mutations';

const ACTIONS_BY_STATUS: Record<Promotion['status'], StatusAction[]> = {
  draft: ['activate', 'archive'],
  active: ['pause', 'archive'],
  paused: ['activate', 'archive'],
  archived: [],
};

function StatusActions({ promotion }: { promotion: Promotion }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const change = useChangePromotionStatus(promotion.id);
  const run = async (action: StatusAction) => {
    try {
      await change.mutateAsync(action);
      void message.success(t(`promotions.actions.done.${action}`, { name: promotion.name }));
    } catch (error) {
      void message.error(problemMessage(t, error));
    }
  };
  return (
    <Flex gap="small">
      {ACTIONS_BY_STATUS[promotion.status].map((action) =>
        action === 'archive' ? (
          <Popconfirm
            key={action}
            title={t('promotions.actions.archiveTitle')}
            description={t('promotions.actions.archiveText')}
            onConfirm={() => run(action)}
          >
            <Button danger loading={change.isPending && change.variables === action}>
              {t('promotions.actions.archive')}
            </Button>
          </Popconfirm>
        ) : (
          <Button
            key={action}
            type={action === 'activate' ? 'primary' : 'default'}
            loading={change.isPending && change.variables === action}
            onClick={() => void run(action)}
          >
            {t(`promotions.actions.${action}`)}
          </Button>
        ),
      )}
    </Flex>
  );
}

/** A promotion's terms (new or existing), its status, and a cart to try it on. */
export function PromotionEditorPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const { promotionId } = useParams();
  const promotion = useQuery({ ...promotionQuery(promotionId ?? ''), enabled: !!promotionId });
  const writable = can('promotions:write');

  if (promotionId && promotion.isError)
    return <QueryProblem error={promotion.error} onRetry={() => void promotion.refetch()} />;
  if (promotionId && !promotion.data) return <Spin />;
  const current = promotionId ? promotion.data : undefined;
  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="start" gap="middle" wrap>
        <div>
          <Link to={PATHS.promotions}>
            <ArrowLeftOutlined /> {t('promotions.back')}
          </Link>
          <Flex gap="small" align="center" wrap>
            <Typography.Title level={2} style={{ margin: 0 }}>
              {current ? current.name : t('promotions.newTitle')}
            </Typography.Title>
            {current && <PromotionStatusTag status={current.status} />}
            {current && <Typography.Text type="secondary">{current.number}</Typography.Text>}
          </Flex>
        </div>
        {current && writable && <StatusActions promotion={current} />}
      </Flex>
      <Card>
        <PromotionForm
          key={current?.id ?? 'new'}
          promotion={current}
          readOnly={!writable || current?.status === 'archived'}
        />
      </Card>
      {current && can('price-quotes:create') ? (
        <TryCartPanel key={current.id} promotion={current} />
      ) : (
        !current && <Typography.Text type="secondary">{t('promotions.cart.saveFirst')}</Typography.Text>
      )}
    </Flex>
  );
}
