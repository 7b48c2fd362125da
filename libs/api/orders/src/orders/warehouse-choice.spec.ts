import { chooseWarehouse, WarehouseCandidate } from './warehouse-choice';

const wh = (code: string, regionId: string | null, active = true): WarehouseCandidate => ({
  id: `id-${code}`,
  code,
  regionId,
  active,
});

describe('chooseWarehouse', () => {
  const lineage = ['city', 'region', 'province', 'company'];

  it('prefers a warehouse in the city itself', () => {
    expect(chooseWarehouse(lineage, [wh('P', 'province'), wh('R', 'region'), wh('C', 'city')])?.code).toBe(
      'C',
    );
  });

  it('falls back to the region, then the province', () => {
    expect(chooseWarehouse(lineage, [wh('P', 'province'), wh('R', 'region')])?.code).toBe('R');
    expect(chooseWarehouse(lineage, [wh('P', 'province'), wh('X', 'elsewhere')])?.code).toBe('P');
  });

  it('skips inactive warehouses', () => {
    expect(chooseWarehouse(lineage, [wh('C', 'city', false), wh('R', 'region')])?.code).toBe('R');
  });

  it('picks the lowest code among several at the same level, whatever their order', () => {
    expect(chooseWarehouse(lineage, [wh('R2', 'region'), wh('R1', 'region')])?.code).toBe('R1');
  });

  it('answers undefined when nothing serves the territory', () => {
    expect(chooseWarehouse(lineage, [wh('X', 'elsewhere'), wh('N', null)])).toBeUndefined();
    expect(chooseWarehouse([], [wh('C', 'city')])).toBeUndefined();
  });
});
