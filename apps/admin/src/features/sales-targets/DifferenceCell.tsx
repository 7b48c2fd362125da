import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../shared/money/money';
import type { TargetNode } from './sales-targets.api';
import { isUnbalanced } from './target-tree';

/** The part of a node not yet passed down (or passed down twice): red until the children add up. */
export function DifferenceCell({ node }: { node: TargetNode }) {
  const { t } = useTranslation();
  if (node.level === 'person') return null;
  const unbalanced = isUnbalanced(node);
  const label = !unbalanced ? 'balanced' : node.difference > 0 ? 'open' : 'over';
  return (
    <Typography.Text
      type={unbalanced ? 'danger' : 'success'}
      strong={unbalanced}
      data-testid="target-difference"
      data-balanced={String(!unbalanced)}
    >
      {unbalanced
        ? `${t(`salesTargets.difference.${label}`)} ${formatMoney(node.difference)}`
        : t(`salesTargets.difference.${label}`)}
    </Typography.Text>
  );
}
