import { Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatBasisPoints } from '../../shared/money/money';

/** Attainment as a bar: green once the target is met, blue on the way; nothing when there is no actual. */
export function AttainmentBar({ attainmentBp }: { attainmentBp: number | null }) {
  const { t } = useTranslation();
  if (attainmentBp === null) return <Typography.Text type="secondary">—</Typography.Text>;
  const percent = attainmentBp / 100;
  return (
    <Progress
      data-testid="attainment-bar"
      percent={Math.min(percent, 100)}
      status={percent >= 100 ? 'success' : 'normal'}
      format={() => formatBasisPoints(attainmentBp)}
      size="small"
      style={{ minWidth: 140 }}
      aria-label={`${t('salesTargets.fields.attainment')} ${formatBasisPoints(attainmentBp)}`}
    />
  );
}
