import type { Sku, SkuChanges, SkuInput } from './products.api';

/** A SKU as its form holds it: attributes as rows of name and value, weight as a number or empty. */
export interface SkuFormValues {
  code: string;
  name?: string;
  attributes?: Array<{ name?: string; value?: string }>;
  barcode?: string;
  unit?: string;
  weightGrams?: number | null;
}

const text = (value: string | undefined) => value?.trim() || undefined;

/** Rows with a name become the attribute map; a row left blank is dropped, not sent as "". */
export function attributesOf(rows: SkuFormValues['attributes']): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const row of rows ?? []) {
    const name = row.name?.trim();
    if (name) attributes[name] = row.value?.trim() ?? '';
  }
  return attributes;
}

export function skuInputOf(values: SkuFormValues): SkuInput {
  const attributes = attributesOf(values.attributes);
  return {
    code: values.code.trim(),
    name: text(values.name),
    attributes: Object.keys(attributes).length > 0 ? attributes : undefined,
    barcode: text(values.barcode),
    unit: text(values.unit),
    weightGrams: values.weightGrams ?? undefined,
  };
}

export function skuFormValuesOf(sku: Sku): SkuFormValues {
  return {
    code: sku.code,
    name: sku.name ?? '',
    attributes: Object.entries(sku.attributes).map(([name, value]) => ({ name, value })),
    barcode: sku.barcode ?? '',
    unit: sku.unit,
    weightGrams: sku.weightGrams,
  };
}

/** Only what changed (the code never does); undefined when nothing did. */
export function skuChangesBetween(sku: Sku, values: SkuFormValues): SkuChanges | undefined {
  const changes: SkuChanges = {};
  const name = text(values.name);
  if (name && name !== sku.name) changes.name = name;
  const attributes = attributesOf(values.attributes);
  if (JSON.stringify(attributes) !== JSON.stringify(sku.attributes)) changes.attributes = attributes;
  const barcode = text(values.barcode);
  if (barcode && barcode !== sku.barcode) changes.barcode = barcode;
  const unit = text(values.unit);
  if (unit && unit !== sku.unit) changes.unit = unit;
  if (values.weightGrams != null && values.weightGrams !== sku.weightGrams)
    changes.weightGrams = values.weightGrams;
  return Object.keys(changes).length > 0 ? changes : undefined;
}
