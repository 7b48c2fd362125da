import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, Radio, Space, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { orderPath, PATHS } from '../../app/paths';
import { usePermissions } from '../../auth/use-session';
import { PageHeader } from '../../shared/ui/PageHeader';
import { UUID_PATTERN } from '../../shared/url-state/url-state';
import { useDebouncedValue } from '../../shared/use-debounced-value';
import { CustomerSearchSelect } from '../customers/CustomerSearchSelect';
import { addressLabel, customerQuery, territoryCitiesQuery } from '../customers/customers.api';
import { DivisionCascader } from '../customers/DivisionCascader';
import { orderProblemMessage } from './order-problems';
import { PAYMENT_METHODS, PHONE_ORDER_CHANNEL, priceQuoteQuery, type PaymentMethod } from './orders.api';
import {
  cityOfChoice,
  completeLines,
  missingForOrder,
  newIdempotencyKey,
  toNewOrder,
  type AddressChoice,
  type NewAddress,
  type PhoneOrderLine,
} from './phone-order';
import { PhoneOrderLines } from './PhoneOrderLines';
import { QuotePanel } from './QuotePanel';
import { useCreateOrder } from './use-order-mutations';

const EMPTY_ADDRESS: NewAddress = { division: [], detail: '', recipientName: '', recipientPhone: '' };
const uuidOrUndefined = (value: string | null) => (value && UUID_PATTERN.test(value) ? value : undefined);

/**
 * 订单 → 新建订单: an order taken on the phone. Find the customer (name, pinyin, last four digits of the
 * phone), pick or type the address, add SKUs with what the shipping city's warehouse has, see the catalog's
 * quote change with every line, choose COD or prepaid, place it. `?customerId=` and `?skuId=` prefill it.
 */
export function NewOrderPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const can = usePermissions();
  const [params] = useSearchParams();
  const [customerId, setCustomerId] = useState(() => uuidOrUndefined(params.get('customerId')));
  const [address, setAddress] = useState<AddressChoice>();
  const [newAddress, setNewAddress] = useState<NewAddress>(EMPTY_ADDRESS);
  const [lines, setLines] = useState<PhoneOrderLine[]>(() => [
    { key: 1, skuId: uuidOrUndefined(params.get('skuId')), quantity: 1 },
  ]);
  const [paymentMethod, setPaymentMethod] = useState<PaymentMethod>('cod');
  const [note, setNote] = useState('');
  const [showMissing, setShowMissing] = useState(false);
  // One key for everything this form places: a double click or a retry returns the first order.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const create = useCreateOrder();

  const customer = useQuery({ ...customerQuery(customerId ?? ''), enabled: !!customerId });
  const territories = useQuery(territoryCitiesQuery());
  const addresses = useMemo(() => customer.data?.addresses ?? [], [customer.data]);
  // The customer's default address is where most phone orders go: chosen until the agent says otherwise.
  const fallbackAddressId = (addresses.find((a) => a.isDefault) ?? addresses[0])?.id;
  const chosenAddress: AddressChoice | undefined =
    address?.kind === 'new'
      ? { kind: 'new', address: newAddress }
      : address && addresses.some((a) => a.id === address.addressId)
        ? address
        : fallbackAddressId
          ? { kind: 'saved', addressId: fallbackAddressId }
          : undefined;
  const cityCode = cityOfChoice(chosenAddress, (id) => addresses.find((a) => a.id === id)?.cityCode);
  const territoryId = territories.data?.data.find((city) => city.cityCode === cityCode)?.orgUnitId;

  // Regional promotions depend on the shipping city: quote once it is known (or there is no customer yet).
  const regionSettled = customerId ? !!customer.data && (!cityCode || !territories.isPending) : true;
  const quoteLines = completeLines(lines);
  const currentRequest = JSON.stringify({
    channel: PHONE_ORDER_CHANNEL,
    regionId: territoryId,
    customerId,
    lines: quoteLines,
  });
  // Typing a quantity asks once it settles, not per keystroke.
  const quoteRequest = useDebouncedValue(currentRequest, 250);
  const quote = useQuery({
    ...priceQuoteQuery(JSON.parse(quoteRequest) as Parameters<typeof priceQuoteQuery>[0]),
    enabled:
      quoteLines.length > 0 && regionSettled && quoteRequest === currentRequest && can('price-quotes:create'),
    placeholderData: keepPreviousData,
    retry: false,
  });
  // Name the prefilled SKU once the quote knows it.
  const labelledLines = lines.map((line) => {
    if (line.label || !line.skuId) return line;
    const quoted = quote.data?.lines.find((q) => q.skuId === line.skuId);
    return quoted ? { ...line, label: `${quoted.skuCode} · ${quoted.productName}` } : line;
  });

  const values = { customerId, address: chosenAddress, lines, paymentMethod, note };
  const missing = missingForOrder(values);
  const submit = () => {
    if (create.isPending) return;
    if (missing.length > 0) {
      setShowMissing(true);
      return;
    }
    create.mutate(
      { order: toNewOrder(values), idempotencyKey },
      { onSuccess: (order) => void navigate(orderPath(order.id), { replace: true }) },
    );
  };

  return (
    <Flex vertical gap="middle">
      <Link to={PATHS.orders}>{t('orders.detail.backToList')}</Link>
      <PageHeader title={t('orders.phoneOrder.title')} subtitle={t('orders.phoneOrder.subtitle')} />
      <Form
        layout="vertical"
        component="div"
        style={{ maxWidth: 1100 }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
        }}
      >
        <Flex vertical gap="middle">
          <Card title={t('orders.phoneOrder.customerStep')}>
            <Form.Item label={t('orders.fields.customer')} htmlFor="phone-order-customer" required>
              <CustomerSearchSelect
                id="phone-order-customer"
                aria-label={t('orders.fields.customer')}
                placeholder={t('orders.phoneOrder.customerPlaceholder')}
                autoFocus
                value={customerId}
                onChange={(id) => {
                  setCustomerId(id);
                  setAddress(undefined);
                }}
                style={{ width: '100%', maxWidth: 560 }}
              />
            </Form.Item>
            {customer.isPending && customerId && <Spin size="small" />}
            {customer.isError && (
              <Alert type="error" showIcon title={orderProblemMessage(t, customer.error)} />
            )}
            {customer.data && (
              <Flex vertical gap="small" data-testid="phone-order-customer-card">
                <Typography.Text>
                  {customer.data.number} · {customer.data.name} · {customer.data.phone}
                  {customer.data.membership?.level &&
                    ` · ${t('orders.phoneOrder.memberLevel')} ${customer.data.membership.level.nameZh}`}
                </Typography.Text>
                {customer.data.masked && (
                  <Typography.Text type="secondary">{t('orders.phoneOrder.masked')}</Typography.Text>
                )}
                <Typography.Text strong>{t('orders.fields.shippingAddress')}</Typography.Text>
                <Radio.Group
                  aria-label={t('orders.fields.shippingAddress')}
                  value={
                    chosenAddress?.kind === 'saved'
                      ? chosenAddress.addressId
                      : chosenAddress
                        ? 'new'
                        : undefined
                  }
                  onChange={(event) =>
                    setAddress(
                      event.target.value === 'new'
                        ? { kind: 'new', address: newAddress }
                        : { kind: 'saved', addressId: event.target.value as string },
                    )
                  }
                >
                  <Space orientation="vertical">
                    {addresses.map((saved) => (
                      <Radio key={saved.id} value={saved.id}>
                        {addressLabel(saved)}
                        {saved.isDefault && ` · ${t('orders.phoneOrder.defaultAddress')}`}
                      </Radio>
                    ))}
                    <Radio value="new">{t('orders.phoneOrder.otherAddress')}</Radio>
                  </Space>
                </Radio.Group>
                {chosenAddress?.kind === 'new' && (
                  <Flex gap="small" wrap data-testid="phone-order-new-address">
                    <DivisionCascader
                      aria-label={t('orders.phoneOrder.division')}
                      value={newAddress.division}
                      onChange={(division) => setNewAddress({ ...newAddress, division })}
                      style={{ width: 280 }}
                    />
                    <Input
                      aria-label={t('orders.phoneOrder.detail')}
                      placeholder={t('orders.phoneOrder.detail')}
                      maxLength={200}
                      value={newAddress.detail}
                      onChange={(e) => setNewAddress({ ...newAddress, detail: e.target.value })}
                      style={{ width: 320 }}
                    />
                    <Input
                      aria-label={t('orders.phoneOrder.recipientName')}
                      placeholder={t('orders.phoneOrder.recipientName')}
                      maxLength={50}
                      value={newAddress.recipientName}
                      onChange={(e) => setNewAddress({ ...newAddress, recipientName: e.target.value })}
                      style={{ width: 160 }}
                    />
                    <Input
                      aria-label={t('orders.phoneOrder.recipientPhone')}
                      placeholder={t('orders.phoneOrder.recipientPhone')}
                      maxLength={20}
                      value={newAddress.recipientPhone}
                      onChange={(e) => setNewAddress({ ...newAddress, recipientPhone: e.target.value })}
                      style={{ width: 180 }}
                    />
                  </Flex>
                )}
                {cityCode && territories.data && !territoryId && (
                  <Alert type="warning" showIcon title={t('orders.phoneOrder.notServed')} />
                )}
              </Flex>
            )}
          </Card>
          <Card title={t('orders.phoneOrder.linesStep')}>
            <PhoneOrderLines lines={labelledLines} territoryId={territoryId} onChange={setLines} />
          </Card>
          <Card title={t('orders.phoneOrder.quoteStep')}>
            <QuotePanel
              quote={quoteLines.length > 0 ? quote.data : undefined}
              loading={quote.isFetching}
              error={quote.isError ? quote.error : undefined}
            />
          </Card>
          <Card title={t('orders.phoneOrder.paymentStep')}>
            <Flex vertical gap="middle">
              <Radio.Group
                aria-label={t('orders.fields.paymentMethod')}
                value={paymentMethod}
                onChange={(event) => setPaymentMethod(event.target.value as PaymentMethod)}
                options={PAYMENT_METHODS.map((method) => ({
                  value: method,
                  label: t(`orders.paymentMethods.${method}`),
                }))}
              />
              <Typography.Text type="secondary">
                {t(`orders.phoneOrder.${paymentMethod}Hint`)}
              </Typography.Text>
              <Input.TextArea
                aria-label={t('orders.fields.note')}
                placeholder={t('orders.phoneOrder.notePlaceholder')}
                maxLength={1000}
                autoSize={{ minRows: 2, maxRows: 5 }}
                value={note}
                onChange={(event) => setNote(event.target.value)}
              />
            </Flex>
          </Card>
          {showMissing && missing.length > 0 && (
            <Alert
              type="warning"
              showIcon
              role="alert"
              title={t('orders.phoneOrder.incomplete')}
              description={missing.map((key) => t(`orders.phoneOrder.${key}`)).join(' ')}
            />
          )}
          {create.isError && (
            <Alert
              type="error"
              showIcon
              role="alert"
              data-testid="phone-order-problem"
              title={t('orders.phoneOrder.placeFailed')}
              description={orderProblemMessage(t, create.error)}
            />
          )}
          <Flex gap="small">
            <Button type="primary" size="large" loading={create.isPending} onClick={submit}>
              {create.isError ? t('orders.phoneOrder.retry') : t('orders.phoneOrder.submit')}
            </Button>
            <Button size="large" onClick={() => void navigate(PATHS.orders)}>
              {t('common.cancel')}
            </Button>
          </Flex>
        </Flex>
      </Form>
    </Flex>
  );
}
