import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { page } from '../orders/order-fixtures';
import { fakePartner, guangzhouTerritory, PRD_ID, prdTerritory, shenzhenTerritory } from './report-fixtures';

const READ = ['logistics-partners:read', 'sales-territories:read'];
const regionalManager = fakeUser({ permissions: [...READ, 'logistics-partners:write'] });

function stubPartners(user = regionalManager, routes = {}) {
  return signIn(user, {
    'GET /api/v1/logistics-partners': page(fakePartner()),
    'GET /api/v1/sales-territories': { data: [prdTerritory, guangzhouTerritory, shenzhenTerritory] },
    ...routes,
  });
}

describe('LogisticsPartnersPage', () => {
  it('shows each partner’s region, cities, terms and contacts, filtered by region from the URL', async () => {
    const fetchMock = stubPartners(fakeUser({ permissions: READ }));
    renderApp(`/sales/logistics-partners?region=${PRD_ID}`);
    const table = await screen.findByTestId('logistics-partners-table', {}, { timeout: 30_000 });
    await waitFor(() => expect(table.textContent).toContain('顺丰速运珠三角（SF-PRD）'));
    expect(table.textContent).toContain('珠三角区域');
    expect(table.textContent).toContain('广州市');
    expect(table.textContent).toContain('次日达；月结');
    expect(table.textContent).toContain('李调度 · 调度 · 13800138000');
    expect(screen.queryByRole('button', { name: /修\s*改/ })).toBeNull();
    const listed = fetchMock.mock.calls
      .map(([request]) => new URL((request as Request).url))
      .find((url) => url.pathname === '/api/v1/logistics-partners')!;
    expect(listed.searchParams.get('regionId')).toBe(PRD_ID);
  }, 60_000);

  it('lets a manager change a partner in the drawer, sending the version read', async () => {
    let sent: { body: unknown; ifMatch: string | null } | undefined;
    stubPartners(regionalManager, {
      [`PATCH /api/v1/logistics-partners/${fakePartner().id}`]: async (request: Request) => {
        sent = { body: await request.json(), ifMatch: request.headers.get('If-Match') };
        return json(200, fakePartner({ version: 3 }));
      },
    });
    renderApp('/sales/logistics-partners');
    fireEvent.click(await screen.findByRole('button', { name: /修\s*改/ }, { timeout: 30_000 }));
    const drawer = await screen.findByRole('dialog');
    fireEvent.change(within(drawer).getByLabelText('合作条款'), { target: { value: '当日达' } });
    fireEvent.click(within(drawer).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(sent?.ifMatch).toBe('"2"'));
    expect(sent?.body).toMatchObject({ code: 'SF-PRD', regionId: PRD_ID, terms: '当日达' });
  }, 60_000);
});
