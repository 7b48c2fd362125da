import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SkuSelect } from '../inventory/SkuSelect';
import { availableFor, repeatedSkuIds, type PhoneOrderLine } from './phone-order';
import { skuStockQuery } from './orders.api';

function Availability({
  skuId,
  quantity,
  territoryId,
  index,
}: {
  skuId: string;
  quantity: number | null;
  territoryId: string | undefined;
  index: number;
}) {
  const { t } = useTranslation();
  const stock = useQuery(skuStockQuery(skuId));
  if (stock.isPending)
    return <Typography.Text type="secondary">{t('orders.phoneOrder.checkingStock')}</Typography.Text>;
  if (stock.isError)
    return <Typography.Text type="warning">{t('orders.phoneOrder.stockUnknown')}</Typography.Text>;
  const { available, warehouses, serving } = availableFor(stock.data.data, territoryId);
  const short = quantity !== null && quantity > available;
  return (
    <Typography.Text
      type={short ? 'danger' : available > 0 ? 'success' : 'danger'}
      data-testid={`line-stock-${index}`}
    >
      {t(serving ? 'orders.phoneOrder.availableAt' : 'orders.phoneOrder.availableAll', {
        available,
        warehouses: warehouses.join('、') || t('common.none'),
      })}
      {short && ` · ${t('orders.phoneOrder.short')}`}
    </Typography.Text>
  );
}

interface PhoneOrderLinesProps {
  lines: PhoneOrderLine[];
  territoryId: string | undefined;
  onChange(lines: PhoneOrderLine[]): void;
}

/** The SKUs on the order: found by product, with a quantity and what the shipping territory has in stock. */
export function PhoneOrderLines({ lines, territoryId, onChange }: PhoneOrderLinesProps) {
  const { t } = useTranslation();
  const repeated = repeatedSkuIds(lines);
  const update = (key: number, change: Partial<PhoneOrderLine>) =>
    onChange(lines.map((line) => (line.key === key ? { ...line, ...change } : line)));
  const add = () =>
    onChange([...lines, { key: Math.max(0, ...lines.map((line) => line.key)) + 1, quantity: 1 }]);

  return (
    <Flex vertical gap="small">
      {lines.map((line, index) => (
        <Flex key={line.key} vertical gap={2} data-testid={`order-line-${index}`}>
          <Flex gap="small" align="center" wrap>
            <SkuSelect
              id={`phone-order-line-${index}-sku`}
              aria-label={t('orders.phoneOrder.lineSku', { line: index + 1 })}
              value={line.skuId}
              valueLabel={line.label}
              autoFocus={index > 0 && !line.skuId}
              onChange={(skuId, sku) =>
                update(line.key, {
                  skuId,
                  label: sku
                    ? `${sku.code} · ${sku.productName}${sku.name ? ` ${sku.name}` : ''}`
                    : undefined,
                })
              }
              style={{ flex: '1 1 460px' }}
            />
            <InputNumber
              id={`phone-order-line-${index}-quantity`}
              aria-label={t('orders.phoneOrder.lineQuantity', { line: index + 1 })}
              min={1}
              max={9999}
              precision={0}
              value={line.quantity}
              onChange={(quantity) => update(line.key, { quantity })}
              style={{ width: 110 }}
            />
            <Button
              icon={<DeleteOutlined />}
              aria-label={t('orders.phoneOrder.removeLine', { line: index + 1 })}
              disabled={lines.length === 1}
              onClick={() => onChange(lines.filter((other) => other.key !== line.key))}
            />
          </Flex>
          {line.skuId && (
            <Flex gap="small" wrap>
              <Availability
                skuId={line.skuId}
                quantity={line.quantity}
                territoryId={territoryId}
                index={index}
              />
              {repeated.has(line.skuId) && (
                <Typography.Text type="danger">{t('orders.phoneOrder.skuRepeated')}</Typography.Text>
              )}
            </Flex>
          )}
        </Flex>
      ))}
      <Button icon={<PlusOutlined />} onClick={add} style={{ alignSelf: 'start' }}>
        {t('orders.phoneOrder.addLine')}
      </Button>
    </Flex>
  );
}
