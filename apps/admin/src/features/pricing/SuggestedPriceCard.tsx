import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Skeleton, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../shared/money/money';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { suggestedPriceQuery } from './pricing.api';

interface SuggestedPriceCardProps {
  skuId: string;
  /** Offered when the user may set prices: fill the new-price form with the suggestion. */
  onUse?(amount: number): void;
}

/** The suggested website price with the API's reasoning, and the lowest price that needs no approval. */
export function SuggestedPriceCard({ skuId, onUse }: SuggestedPriceCardProps) {
  const { t } = useTranslation();
  const suggestion = useQuery(suggestedPriceQuery(skuId));
  return (
    <Card size="small" title={t('pricing.suggestion.title')}>
      {suggestion.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : suggestion.isError ? (
        <QueryProblem error={suggestion.error} onRetry={() => void suggestion.refetch()} />
      ) : (
        <Flex vertical gap="small">
          <Flex gap="large" wrap>
            <Statistic
              title={t('pricing.suggestion.amount')}
              value={suggestion.data.amount === null ? t('common.none') : formatMoney(suggestion.data.amount)}
            />
            <Statistic
              title={t('pricing.suggestion.floor')}
              value={suggestion.data.floor === null ? t('common.none') : formatMoney(suggestion.data.floor)}
            />
          </Flex>
          <Typography.Text type="secondary">{t('pricing.suggestion.reasoning')}</Typography.Text>
          <ul data-testid="suggestion-reasoning" style={{ margin: 0, paddingInlineStart: 20 }}>
            {suggestion.data.reasoning.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {onUse && suggestion.data.amount !== null && (
            <Button
              size="small"
              style={{ alignSelf: 'start' }}
              onClick={() => onUse(suggestion.data.amount!)}
            >
              {t('pricing.suggestion.use')}
            </Button>
          )}
        </Flex>
      )}
    </Card>
  );
}
