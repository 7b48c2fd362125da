import type { MovementKind } from './stock-movement.entity';

/** Published once per stock operation (a receipt, a reservation of several lines, a transfer…). */
export const STOCK_MOVED = 'StockMoved';
/** Published when a balance's available stock crosses below its reorder point. */
export const STOCK_LOW = 'StockLow';

export interface StockMovedPayload extends Record<string, unknown> {
  source: { type: string; id: string; number: string | null };
  movements: Array<{
    movementId: string;
    skuId: string;
    warehouseId: string;
    kind: MovementKind;
    onHandDelta: number;
    reservedDelta: number;
    onHandAfter: number;
    reservedAfter: number;
    available: number;
  }>;
}

export interface StockLowPayload extends Record<string, unknown> {
  alertId: string;
  skuId: string;
  warehouseId: string;
  available: number;
  reorderPoint: number;
  safetyStock: number;
}
