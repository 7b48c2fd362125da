import { Typography } from 'antd';
import { formatMoney } from '../../shared/money/money';

/** A difference in red (short) or orange (over); nothing yet while the cash is not in. */
export function Difference({ amount }: { amount: number | null }) {
  if (amount === null) return <Typography.Text type="secondary">—</Typography.Text>;
  if (amount === 0) return <>{formatMoney(0)}</>;
  return (
    <Typography.Text type={amount < 0 ? 'danger' : 'warning'}>
      {amount > 0 ? '+' : ''}
      {formatMoney(amount)}
    </Typography.Text>
  );
}
