/** The placeholders standard answers may use, filled from the ticket's linked records. */
export const PLACEHOLDERS: Record<string, string> = {
  customerName: 'The customer’s name',
  customerNumber: 'The customer’s number (CU-…)',
  ticketNumber: 'The ticket’s number (TK-…)',
  orderNumber: 'The linked order’s number, else the customer’s latest order',
  orderTotal: 'That order’s total, e.g. ¥199.00',
  orderStatus: 'That order’s status',
  carrier: 'The carrier that shipped it',
  trackingNumber: 'Its tracking number',
  agentName: 'The agent sending the reply',
};

const PATTERN = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

/** Fills `{{name}}` from `values`; a placeholder without a value is left as written and reported. */
export function renderTemplate(
  template: string,
  values: Record<string, string | null | undefined>,
): { body: string; missing: string[] } {
  const missing = new Set<string>();
  const body = template.replace(PATTERN, (whole, name: string) => {
    const value = values[name];
    if (value === undefined || value === null || value === '') {
      missing.add(name);
      return whole;
    }
    return value;
  });
  return { body, missing: [...missing] };
}

/** Placeholders a template uses that we do not know (refused when the answer is saved). */
export function unknownPlaceholders(template: string): string[] {
  return [...template.matchAll(PATTERN)].map((m) => m[1]).filter((name) => !(name in PLACEHOLDERS));
}

/** ¥199.00 from 19900 分. */
export function yuan(amount: number): string {
  return `¥${(amount / 100).toFixed(2)}`;
}
