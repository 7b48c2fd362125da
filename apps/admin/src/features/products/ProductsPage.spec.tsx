import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, problem, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import {
  CATALOG_MANAGER_PERMISSIONS,
  category,
  fakeProduct,
  fakeSummary,
  PRODUCT_ID,
} from './product-fixtures';

const page = (...data: unknown[]) => ({ data, nextCursor: null, total: data.length });
const manager = fakeUser({ permissions: CATALOG_MANAGER_PERMISSIONS });

function stubCatalog(routes = {}) {
  return signIn(manager, {
    'GET /api/v1/products': page(fakeSummary()),
    [`GET /api/v1/products/${PRODUCT_ID}`]: fakeProduct(),
    'GET /api/v1/categories': page(category),
    'GET /api/v1/brands': page(),
    ...routes,
  });
}

const requested = (fetchMock: ReturnType<typeof stubCatalog>, path: string) =>
  fetchMock.mock.calls
    .map(([request]) => new URL((request as Request).url))
    .filter((url) => url.pathname === path);

describe('ProductsPage', () => {
  it('shows each product with its category, SKU count, website price and status', async () => {
    stubCatalog();
    renderApp('/catalog/products');
    // The first render of the file loads the lazily split pages: allow it more than the usual wait.
    const link = await screen.findByRole('link', { name: '苹果 iPhone 15 超薄手机壳' }, { timeout: 12_000 });
    const row = link.closest('tr')!;
    expect(within(row).getByText('已上架')).toBeTruthy();
    expect(await within(row).findByText('手机壳')).toBeTruthy();
    expect(await within(row).findByText('¥39.90')).toBeTruthy();
    expect(screen.getByRole('button', { name: /新建商品/ })).toBeTruthy();
  });

  it('searches with what the URL holds, and puts a new search in the URL', async () => {
    const fetchMock = stubCatalog();
    const { router } = renderApp('/catalog/products?q=手机&status=listed');
    await screen.findByRole('link', { name: '苹果 iPhone 15 超薄手机壳' });
    const first = requested(fetchMock, '/api/v1/products')[0]!;
    expect(first.searchParams.get('q')).toBe('手机');
    expect(first.searchParams.get('status')).toBe('listed');

    const search = screen.getByLabelText('搜索名称、拼音首字母、SKU 编码或条码');
    fireEvent.change(search, { target: { value: 'sjk' } });
    fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(router.state.location.search).toContain('q=sjk'));
    expect(router.state.location.search).toContain('status=listed');
    await waitFor(() =>
      expect(
        requested(fetchMock, '/api/v1/products').some((url) => url.searchParams.get('q') === 'sjk'),
      ).toBe(true),
    );
  });

  it('says when nothing matches, and offers to clear the filters', async () => {
    stubCatalog({ 'GET /api/v1/products': page() });
    renderApp('/catalog/products?q=没有这个');
    expect(await screen.findByText('没有符合条件的商品。')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: '清除筛选' }).length).toBeGreaterThan(0);
  });

  it('shows a failed load with a way to retry', async () => {
    stubCatalog({
      'GET /api/v1/products': json(503, problem(503, 'SERVICE_UNAVAILABLE', 'Database is down')),
    });
    renderApp('/catalog/products');
    expect(await screen.findByText('Database is down')).toBeTruthy();
    expect(screen.getByRole('button', { name: /重\s*试/ })).toBeTruthy();
  });

  it('is not offered without catalog:read', async () => {
    signIn(fakeUser({ permissions: ['promotions:read'] }));
    renderApp('/catalog/products');
    expect(await screen.findByText('没有访问权限')).toBeTruthy();
  });
});
