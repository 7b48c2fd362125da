/** A line of the "try a cart" panel: a SKU and how many. */
export interface CartLine {
  skuId: string;
  label: string;
  quantity: number;
}

/** Adds to the cart; the same SKU again raises its quantity rather than adding a second line. */
export function addCartLine(lines: readonly CartLine[], line: CartLine): CartLine[] {
  const existing = lines.find((candidate) => candidate.skuId === line.skuId);
  if (!existing) return [...lines, line];
  return lines.map((candidate) =>
    candidate.skuId === line.skuId
      ? { ...candidate, quantity: Math.min(10_000, candidate.quantity + line.quantity) }
      : candidate,
  );
}

/** The promotions to try: the one being edited first, then any others picked to see how they stack. */
export function previewPromotionIds(editedId: string, others: readonly string[]): string[] {
  return [editedId, ...others.filter((id) => id !== editedId)];
}
