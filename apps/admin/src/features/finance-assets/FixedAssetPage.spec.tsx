import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import {
  ASSET_ID,
  ASSET_PERMISSIONS,
  custodian,
  fakeAsset,
  fakeTransfer,
  newCustodian,
} from './asset-fixtures';

const routes = {
  [`GET /api/v1/fixed-assets/${ASSET_ID}`]: fakeAsset(),
  [`GET /api/v1/fixed-assets/${ASSET_ID}/transfers`]: [fakeTransfer()],
  'GET /api/v1/fixed-assets/custodians': [custodian, newCustodian],
};

describe('FixedAssetPage', () => {
  it('shows the card with net book value and the transfers, and disposes with If-Match', async () => {
    let disposal: { body: unknown; ifMatch: string | null } | undefined;
    signIn(fakeUser({ permissions: ASSET_PERMISSIONS }), {
      ...routes,
      [`POST /api/v1/fixed-assets/${ASSET_ID}/dispose`]: async (request: Request) => {
        disposal = { body: await request.json(), ifMatch: request.headers.get('If-Match') };
        return json(200, fakeAsset({ status: 'disposed', disposedOn: '2026-11-28', disposalProceeds: 0 }));
      },
    });
    renderApp(`/finance/fixed-assets/${ASSET_ID}`);
    expect((await screen.findByTestId('asset-nbv', {}, { timeout: 25_000 })).textContent).toBe('¥9,733.33');
    expect(screen.getByTestId('asset-accumulated').textContent).toBe('¥266.67');
    await waitFor(() => expect(screen.getByTestId('asset-custodian').textContent).toBe('王小明（E00042）'));
    const transfers = screen.getByTestId('asset-transfers');
    expect(await within(transfers).findByText('李娜（E00043）')).toBeTruthy();
    expect(within(transfers).getByText('岗位调动')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /处\s?置/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('原因'), { target: { value: '报废' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /处\s?置/ }));
    await waitFor(() => expect(disposal).toBeDefined());
    expect(disposal!.ifMatch).toBe('"2"');
    expect(disposal!.body).toMatchObject({ proceeds: 0, reason: '报废' });
  }, 60_000);

  it('offers no transfer or disposal to a reader', async () => {
    signIn(fakeUser({ permissions: ['fixed-assets:read'] }), routes);
    renderApp(`/finance/fixed-assets/${ASSET_ID}`);
    expect(await screen.findByTestId('asset-nbv', {}, { timeout: 25_000 })).toBeTruthy();
    expect(screen.queryByTestId('asset-actions')).toBeNull();
  }, 60_000);
});
