import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, problem, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

const SKU = '0190a0b0-0000-7000-8000-000000000101';
const WAREHOUSE = '0190a0b0-0000-7000-8000-000000000201';
const page = (...data: unknown[]) => ({ data, nextCursor: null, total: data.length });
const keeper = fakeUser({
  permissions: [
    'stock:read',
    'stock-movements:read',
    'stock:adjust',
    'stock:reorder',
    'warehouses:read',
    'org-units:read',
  ],
});

const level = (overrides = {}) => ({
  id: '0190a0b0-0000-7000-8000-000000000301',
  skuId: SKU,
  skuCode: 'DEMO-CHG-67W',
  skuName: '白色',
  warehouseId: WAREHOUSE,
  warehouseCode: 'GZ-01',
  warehouseName: '广州白云仓',
  regionId: null,
  onHand: 12,
  reserved: 2,
  available: 10,
  inTransit: 5,
  reorderPoint: 15,
  safetyStock: 7,
  low: true,
  version: 3,
  updatedAt: '2026-11-27T08:00:00.000Z',
  ...overrides,
});

const movement = {
  id: '0190a0b0-0000-7000-8000-000000000401',
  createdAt: '2026-11-27T08:00:00.000Z',
  kind: 'receipt',
  skuId: SKU,
  skuCode: 'DEMO-CHG-67W',
  skuName: '白色',
  warehouseId: WAREHOUSE,
  warehouseCode: 'GZ-01',
  onHandDelta: 20,
  reservedDelta: 0,
  onHandAfter: 32,
  reservedAfter: 2,
  source: { type: 'goods-receipt', id: 'x', number: 'GR-20261127-0001' },
  reason: null,
  actor: { kind: 'user', id: null, label: '王芳' },
};

function stubStock(routes = {}) {
  return signIn(keeper, {
    'GET /api/v1/stock-levels': page(level()),
    'GET /api/v1/warehouses': page({
      id: WAREHOUSE,
      code: 'GZ-01',
      name: '广州白云仓',
      regionId: null,
      status: 'active',
      version: 1,
      createdAt: '2026-01-01T00:00:00.000Z',
    }),
    'GET /api/v1/org-units': page(),
    'GET /api/v1/products': page(),
    'GET /api/v1/stock-movements': page(movement),
    ...routes,
  });
}

const requested = (fetchMock: ReturnType<typeof stubStock>, path: string) =>
  fetchMock.mock.calls
    .map(([request]) => new URL((request as Request).url))
    .filter((url) => url.pathname === path);

describe('StockLevelsPage', () => {
  it('shows on hand, reserved, available, in transit and the reorder point, tagging low stock', async () => {
    stubStock();
    renderApp('/inventory/stock');
    const code = await screen.findByText('DEMO-CHG-67W', undefined, { timeout: 12_000 });
    const row = code.closest('tr')!;
    expect(within(row).getByText('低库存')).toBeTruthy();
    expect(within(row).getByTestId('on-hand').textContent).toBe('12');
    expect(within(row).getByText('GZ-01 · 广州白云仓')).toBeTruthy();
    expect(within(row).getByText('15')).toBeTruthy();
  });

  it('asks for low stock only when the URL says so, and keeps the switch in the URL', async () => {
    const fetchMock = stubStock();
    const { router } = renderApp(`/inventory/stock?low=1&warehouseId=${WAREHOUSE}`);
    await screen.findByText('DEMO-CHG-67W');
    const first = requested(fetchMock, '/api/v1/stock-levels')[0]!;
    expect(first.searchParams.get('lowOnly')).toBe('true');
    expect(first.searchParams.get('warehouseId')).toBe(WAREHOUSE);
    fireEvent.click(screen.getByRole('switch', { name: '只看低库存' }));
    await waitFor(() => expect(router.state.location.search).not.toContain('low=1'));
  });

  it('opens the SKU’s ledger with who, why and the source document', async () => {
    stubStock();
    const { router } = renderApp('/inventory/stock');
    const code = await screen.findByText('DEMO-CHG-67W');
    fireEvent.click(within(code.closest('tr')!).getByRole('button', { name: '流水' }));
    await waitFor(() => expect(router.state.location.search).toContain(`movements=${SKU}`));
    const ledger = await screen.findByTestId('stock-movements');
    expect(await within(ledger).findByText('GR-20261127-0001')).toBeTruthy();
    expect(within(ledger).getByText('入库')).toBeTruthy();
    expect(within(ledger).getByText('+20')).toBeTruthy();
    expect(within(ledger).getByText('王芳')).toBeTruthy();
  });

  it('sends reorder settings with the version read (If-Match)', async () => {
    let ifMatch: string | null = null;
    stubStock({
      [`PUT /api/v1/stock-levels/${SKU}/${WAREHOUSE}/reorder`]: (request: Request) => {
        ifMatch = request.headers.get('If-Match');
        return json(200, level({ reorderPoint: 20, version: 4 }));
      },
    });
    renderApp('/inventory/stock');
    const code = await screen.findByText('DEMO-CHG-67W');
    fireEvent.click(within(code.closest('tr')!).getByRole('button', { name: '补货设置' }));
    const point = await screen.findByLabelText('补货点 / 安全库存');
    fireEvent.change(point, { target: { value: '20' } });
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(ifMatch).toBe('"3"'));
  });

  it('shows the refusal when an adjustment would take stock below zero', async () => {
    stubStock({
      'POST /api/v1/stock-adjustments': json(
        422,
        problem(422, 'STOCK_BELOW_ZERO', 'On hand is 12: taking 20 would leave less than nothing.'),
      ),
    });
    renderApp('/inventory/stock');
    const code = await screen.findByText('DEMO-CHG-67W');
    fireEvent.click(within(code.closest('tr')!).getByRole('button', { name: '调整' }));
    fireEvent.change(await screen.findByLabelText('调整数量'), { target: { value: '-20' } });
    fireEvent.change(screen.getByLabelText('原因'), { target: { value: '破损报废' } });
    fireEvent.click(screen.getByRole('button', { name: '确认调整' }));
    expect(await screen.findByText('调整后现有库存会小于 0，已拒绝。')).toBeTruthy();
  });

  it('is not offered without stock:read', async () => {
    signIn(fakeUser({ permissions: ['catalog:read'] }));
    renderApp('/inventory/stock');
    expect(await screen.findByText('没有访问权限')).toBeTruthy();
  });
});
