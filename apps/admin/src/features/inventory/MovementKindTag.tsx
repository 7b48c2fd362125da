import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MovementKind } from './inventory.api';

const COLORS: Record<MovementKind, string> = {
  receipt: 'green',
  reservation: 'gold',
  release: 'default',
  shipment: 'blue',
  return: 'cyan',
  adjustment: 'orange',
  stocktake: 'purple',
  transfer_out: 'magenta',
  transfer_in: 'geekblue',
};

export function MovementKindTag({ kind }: { kind: MovementKind }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[kind]}>{t(`inventory.movementKinds.${kind}`)}</Tag>;
}
