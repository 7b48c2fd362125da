import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readUrlState } from '../../shared/url-state/url-state';
import { fakeUser, json, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { ASSET_ID, EMPLOYEE_ID, ASSET_PERMISSIONS, custodian, fakeAsset } from './asset-fixtures';
import { assetListSpec, toAssetQuery } from './asset-list-state';

const finance = fakeUser({ permissions: ASSET_PERMISSIONS });
const page = <T,>(data: T[]) => ({ data, nextCursor: null, total: data.length });

describe('asset list state', () => {
  it('reads status, category and custodian from the URL', () => {
    const state = readUrlState(
      assetListSpec,
      new URLSearchParams(`status=in_service&category=electronics&custodianId=${EMPLOYEE_ID}`),
    );
    expect(toAssetQuery(state, undefined)).toMatchObject({
      status: 'in_service',
      category: 'electronics',
      custodianEmployeeId: EMPLOYEE_ID,
      count: true,
    });
    expect(readUrlState(assetListSpec, new URLSearchParams('status=lost')).status).toBeUndefined();
  });
});

describe('FixedAssetsPage', () => {
  it('lists the register with cost, depreciation and net book value, and runs depreciation', async () => {
    let ran: unknown;
    signIn(finance, {
      'GET /api/v1/fixed-assets': page([fakeAsset()]),
      'GET /api/v1/fixed-assets/custodians': [custodian],
      'POST /api/v1/depreciation-runs': async (request: Request) => {
        ran = await request.json();
        return json(200, { period: '2026-11', assetsDepreciated: 1, amount: 26_667, alreadyDone: 0 });
      },
    });
    renderApp('/finance/fixed-assets');
    const link = await screen.findByRole('link', { name: 'FA-20261128-0001' }, { timeout: 25_000 });
    const row = link.closest('tr')!;
    expect(row.textContent).toContain('¥10,000.00');
    expect(row.textContent).toContain('¥266.67');
    expect(row.textContent).toContain('¥9,733.33');
    expect(await within(row).findByText('王小明（E00042）')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '计提折旧' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /计\s?提/ }));
    expect((await within(dialog).findByRole('status')).textContent).toContain('¥266.67');
    expect(ran).toEqual({ period: expect.stringMatching(/^\d{4}-\d{2}$/) });
  }, 60_000);

  it('registers an asset in yuan, sending 分, and opens its card', async () => {
    let posted: Record<string, unknown> | undefined;
    signIn(finance, {
      'GET /api/v1/fixed-assets': page([]),
      'GET /api/v1/fixed-assets/custodians': [custodian],
      'POST /api/v1/fixed-assets': async (request: Request) => {
        posted = (await request.json()) as Record<string, unknown>;
        return json(201, fakeAsset());
      },
      [`GET /api/v1/fixed-assets/${ASSET_ID}`]: fakeAsset(),
      [`GET /api/v1/fixed-assets/${ASSET_ID}/transfers`]: [],
    });
    const { router } = renderApp('/finance/fixed-assets');
    fireEvent.click((await screen.findAllByRole('button', { name: /登记资产/ }, { timeout: 25_000 }))[0]!);
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('名称'), { target: { value: '联想 ThinkPad X1' } });
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: '类别' }));
    fireEvent.click((await screen.findAllByTitle('电子设备')).at(-1)!);
    fireEvent.change(within(dialog).getByLabelText('原值'), { target: { value: '10,000' } });
    fireEvent.change(within(dialog).getByLabelText('预计净残值'), { target: { value: '400' } });
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: '保管人' }));
    fireEvent.click((await screen.findAllByTitle('王小明（E00042）')).at(-1)!);
    fireEvent.change(within(dialog).getByLabelText('存放地点'), { target: { value: '上海总部 3F' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /登\s?记/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/finance/fixed-assets/${ASSET_ID}`));
    expect(posted).toMatchObject({
      name: '联想 ThinkPad X1',
      category: 'electronics',
      cost: 1_000_000,
      residualValue: 40_000,
      usefulLifeMonths: 36,
      custodianEmployeeId: EMPLOYEE_ID,
      location: '上海总部 3F',
    });
  }, 60_000);
});
