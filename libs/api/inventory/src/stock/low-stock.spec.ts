import { isLow, lowStockTransition } from './low-stock';

describe('low stock', () => {
  it('is available below the reorder point; a reorder point of 0 is never low', () => {
    expect(isLow(4, 5)).toBe(true);
    expect(isLow(5, 5)).toBe(false);
    expect(isLow(0, 0)).toBe(false);
  });

  it('fires once when crossing below, not again while it stays low', () => {
    expect(lowStockTransition(false, { available: 4, reorderPoint: 5 })).toBe('became-low');
    expect(lowStockTransition(true, { available: 3, reorderPoint: 5 })).toBe('unchanged');
    expect(lowStockTransition(true, { available: 0, reorderPoint: 5 })).toBe('unchanged');
  });

  it('recovers when available climbs back to the reorder point, and may cross again later', () => {
    expect(lowStockTransition(true, { available: 5, reorderPoint: 5 })).toBe('recovered');
    expect(lowStockTransition(false, { available: 9, reorderPoint: 5 })).toBe('unchanged');
    expect(lowStockTransition(false, { available: 4, reorderPoint: 5 })).toBe('became-low');
  });

  it('recovers when the reorder point is lowered under the balance', () => {
    expect(lowStockTransition(true, { available: 3, reorderPoint: 2 })).toBe('recovered');
    expect(lowStockTransition(true, { available: 3, reorderPoint: 0 })).toBe('recovered');
  });
});
