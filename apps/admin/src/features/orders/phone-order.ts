import type { NewOrder, PaymentMethod, StockLevel } from './orders.api';
import { PHONE_ORDER_CHANNEL } from './orders.api';

export interface PhoneOrderLine {
  /** Stable React key of the row. */
  key: number;
  skuId?: string;
  /** What to call the SKU before the quote names it. */
  label?: string;
  quantity: number | null;
}

export interface NewAddress {
  /** [province, city, district?] GB/T 2260 codes, from the cascader. */
  division: string[];
  detail: string;
  recipientName: string;
  recipientPhone: string;
}

/** A saved address of the customer, or one typed in on the call. */
export type AddressChoice = { kind: 'saved'; addressId: string } | { kind: 'new'; address: NewAddress };

export interface PhoneOrderValues {
  customerId?: string;
  address?: AddressChoice;
  lines: PhoneOrderLine[];
  paymentMethod: PaymentMethod;
  note: string;
}

/** The lines complete enough to price and place: a SKU and a whole quantity of at least one. */
export function completeLines(lines: readonly PhoneOrderLine[]): Array<{ skuId: string; quantity: number }> {
  return lines
    .filter((line): line is PhoneOrderLine & { skuId: string; quantity: number } =>
      Boolean(line.skuId && line.quantity && line.quantity >= 1 && Number.isInteger(line.quantity)),
    )
    .map((line) => ({ skuId: line.skuId, quantity: line.quantity }));
}

/** SKUs chosen on more than one line (the API takes each SKU once: change the quantity instead). */
export function repeatedSkuIds(lines: readonly PhoneOrderLine[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const line of lines) {
    if (!line.skuId) continue;
    if (seen.has(line.skuId)) repeated.add(line.skuId);
    seen.add(line.skuId);
  }
  return repeated;
}

export function isNewAddressComplete(address: NewAddress): boolean {
  return (
    address.division.length >= 2 &&
    !!address.detail.trim() &&
    !!address.recipientName.trim() &&
    !!address.recipientPhone.trim()
  );
}

/** The city the order ships to: the saved address's, or the typed one's. */
export function cityOfChoice(
  choice: AddressChoice | undefined,
  savedCityCode: (addressId: string) => string | undefined,
): string | undefined {
  if (!choice) return undefined;
  return choice.kind === 'saved' ? savedCityCode(choice.addressId) : choice.address.division[1];
}

/** What is missing before the order can be placed (translation keys under orders.phoneOrder), if anything. */
export function missingForOrder(
  values: PhoneOrderValues,
): Array<'customerRequired' | 'addressRequired' | 'linesRequired' | 'skuRepeated'> {
  const missing: Array<'customerRequired' | 'addressRequired' | 'linesRequired' | 'skuRepeated'> = [];
  if (!values.customerId) missing.push('customerRequired');
  if (!values.address || (values.address.kind === 'new' && !isNewAddressComplete(values.address.address)))
    missing.push('addressRequired');
  const complete = completeLines(values.lines);
  if (complete.length === 0 || complete.length !== values.lines.filter((line) => line.skuId).length)
    missing.push('linesRequired');
  if (repeatedSkuIds(values.lines).size > 0) missing.push('skuRepeated');
  return missing;
}

/** The request body; prices are never sent (the API quotes them from the catalog). */
export function toNewOrder(values: PhoneOrderValues): NewOrder {
  const address = values.address!;
  return {
    customerId: values.customerId!,
    channel: PHONE_ORDER_CHANNEL,
    paymentMethod: values.paymentMethod,
    shippingAddress:
      address.kind === 'saved'
        ? { addressId: address.addressId }
        : {
            provinceCode: address.address.division[0],
            cityCode: address.address.division[1],
            districtCode: address.address.division[2],
            detail: address.address.detail.trim(),
            recipientName: address.address.recipientName.trim(),
            recipientPhone: address.address.recipientPhone.trim(),
          },
    lines: completeLines(values.lines),
    note: values.note.trim() || undefined,
  };
}

/** One key per form session: a double click, or a retry after a lost answer, can never place two orders. */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function')
    return `phone-order-${crypto.randomUUID()}`;
  return `phone-order-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * What can be promised for a SKU to the shipping territory: the warehouses of that territory when it has any
 * (the order ships from one of them), else all the caller can see.
 */
export function availableFor(
  levels: readonly StockLevel[],
  territoryId: string | undefined,
): { available: number; warehouses: string[]; serving: boolean } {
  const serving = territoryId ? levels.filter((level) => level.regionId === territoryId) : [];
  const counted = serving.length > 0 ? serving : levels;
  return {
    available: counted.reduce((sum, level) => sum + level.available, 0),
    warehouses: counted.map((level) => level.warehouseName),
    serving: serving.length > 0,
  };
}
