/** One purchase order as the rating sees it: when it was promised, and what arrived by when. */
export interface Delivery {
  /** The promised date (yyyy-mm-dd, the business day). */
  expectedDate: string;
  ordered: number;
  received: number;
  /** The business day the last units arrived (yyyy-mm-dd); null while anything is outstanding. */
  completedOn: string | null;
}

export interface SupplierRating {
  /** Orders whose promised date has passed, or that are complete. */
  deliveries: number;
  onTime: number;
  complete: number;
  /** 0–100: half for on time, half for complete; null with no delivery history yet. */
  score: number | null;
}

/**
 * Rates a supplier from its delivery history. An order counts once its promised date has passed (or it
 * arrived in full): it is on time when everything arrived by the promised day, complete when everything
 * ordered arrived (a short-closed order stays incomplete). Orders not yet due say nothing about the supplier.
 */
export function rateSupplier(history: Delivery[], today: string): SupplierRating {
  const counted = history.filter((d) => d.completedOn !== null || d.expectedDate < today);
  const complete = counted.filter((d) => d.received >= d.ordered).length;
  const onTime = counted.filter((d) => d.completedOn !== null && d.completedOn <= d.expectedDate).length;
  return {
    deliveries: counted.length,
    onTime,
    complete,
    score: counted.length === 0 ? null : Math.round((100 * (onTime + complete)) / (2 * counted.length)),
  };
}
