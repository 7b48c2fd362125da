/**
 * The listing workflow (上架/下架): draft → in review → listed → delisted. A product is listed only when the
 * website can sell it: an image, a website price, and that price passing the margin check.
 */
export const PRODUCT_STATUSES = ['draft', 'in_review', 'listed', 'delisted'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

export type ListingAction = 'submit' | 'list' | 'reject' | 'delist';

const TRANSITIONS: Record<ListingAction, { from: readonly ProductStatus[]; to: ProductStatus }> = {
  submit: { from: ['draft', 'delisted'], to: 'in_review' },
  list: { from: ['in_review'], to: 'listed' },
  reject: { from: ['in_review'], to: 'draft' },
  delist: { from: ['listed'], to: 'delisted' },
};

export interface ListingReadiness {
  imageCount: number;
  /** SKUs of the product that have no current website price. */
  skusWithoutWebsitePrice: string[];
  /** SKUs whose website price is below cost × (1 + minimum margin) and not approved. */
  skusBelowMargin: string[];
  activeSkuCount: number;
}

export class ListingRuleError extends Error {
  constructor(readonly reasons: string[]) {
    super(reasons.join('; '));
  }
}

/** The status after `action`, or the reasons it is not allowed now. */
export function nextStatus(
  status: ProductStatus,
  action: ListingAction,
  readiness?: ListingReadiness,
): ProductStatus {
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(status)) {
    throw new ListingRuleError([`a ${status.replace('_', ' ')} product cannot be ${pastTense(action)}`]);
  }
  if (action === 'list') {
    const reasons = listingBlockers(readiness!);
    if (reasons.length > 0) throw new ListingRuleError(reasons);
  }
  return transition.to;
}

export function listingBlockers(readiness: ListingReadiness): string[] {
  const reasons: string[] = [];
  if (readiness.activeSkuCount === 0) reasons.push('it has no active SKU');
  if (readiness.imageCount === 0) reasons.push('it has no image');
  if (readiness.skusWithoutWebsitePrice.length > 0) {
    reasons.push(`no website price for ${readiness.skusWithoutWebsitePrice.join(', ')}`);
  }
  if (readiness.skusBelowMargin.length > 0) {
    reasons.push(`website price below the minimum margin for ${readiness.skusBelowMargin.join(', ')}`);
  }
  return reasons;
}

function pastTense(action: ListingAction): string {
  return { submit: 'submitted for review', list: 'listed', reject: 'sent back to draft', delist: 'delisted' }[
    action
  ];
}
