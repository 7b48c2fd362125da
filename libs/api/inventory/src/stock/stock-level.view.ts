/** What other domains (and the stock-levels list) read about one SKU in one warehouse. */
export interface StockLevelView {
  skuId: string;
  warehouseId: string;
  warehouseCode: string;
  regionId: string | null;
  onHand: number;
  reserved: number;
  /** on hand − reserved: what can still be promised to a customer. */
  available: number;
  /** Sent by the sender, not yet received by this warehouse. */
  inTransit: number;
  reorderPoint: number;
  safetyStock: number;
  /** available is below the reorder point. */
  low: boolean;
}
