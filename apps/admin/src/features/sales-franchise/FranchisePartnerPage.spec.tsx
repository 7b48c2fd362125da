import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, problem, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { page } from '../orders/order-fixtures';
import {
  CONTRACT_ID,
  fakePartner,
  foshanTerritory,
  PARTNER_ID,
  SALES_MANAGER_PERMISSIONS,
} from './franchise-fixtures';

const manager = fakeUser({ permissions: SALES_MANAGER_PERMISSIONS });
const reader = fakeUser({ permissions: ['franchise-partners:read', 'contracts:read'] });

describe('FranchisePartnerPage', () => {
  it('shows contacts, history and the contract linked to finance’s record', async () => {
    signIn(reader, {
      [`GET /api/v1/franchise-partners/${PARTNER_ID}`]: fakePartner({
        stage: 'contract',
        nextStages: ['active', 'lost'],
        contractNumber: 'HT-2026-0042',
        history: [
          {
            fromStage: null,
            toStage: 'lead',
            note: null,
            actorId: null,
            createdAt: '2026-11-01T02:00:00.000Z',
          },
          {
            fromStage: 'lead',
            toStage: 'talks',
            note: '首轮洽谈',
            actorId: null,
            createdAt: '2026-11-10T02:00:00.000Z',
          },
          {
            fromStage: 'talks',
            toStage: 'contract',
            note: '已签约',
            actorId: null,
            createdAt: '2026-11-20T02:00:00.000Z',
          },
        ],
      }),
      'GET /api/v1/sales-territories': { data: [foshanTerritory] },
      'GET /api/v1/contracts': page({ id: CONTRACT_ID, number: 'HT-2026-0042' }),
    });
    renderApp(`/sales/franchise-partners/${PARTNER_ID}`);
    const link = await screen.findByTestId('franchise-contract-link', {}, { timeout: 12_000 });
    expect(link.getAttribute('href')).toBe(`/finance/contracts/${CONTRACT_ID}`);
    expect(screen.getByTestId('franchise-stage').textContent).toBe('签约');
    expect(screen.getByTestId('franchise-contacts').textContent).toContain('13600136000');
    const history = screen.getByTestId('franchise-history').textContent!;
    expect(history.indexOf('洽谈 → 签约')).toBeLessThan(history.indexOf('线索 → 洽谈'));
    expect(history).toContain('首轮洽谈');
    // A reader without franchise-partners:write gets no moves.
    expect(screen.queryByRole('button', { name: /移到/ })).toBeNull();
  }, 30_000);

  it('says the partner is not found rather than showing one outside one’s territory', async () => {
    signIn(manager, {
      [`GET /api/v1/franchise-partners/${PARTNER_ID}`]: json(
        404,
        problem(404, 'FRANCHISE_PARTNER_NOT_FOUND'),
      ),
      'GET /api/v1/sales-territories': { data: [] },
    });
    renderApp(`/sales/franchise-partners/${PARTNER_ID}`);
    expect(await screen.findByRole('alert', {}, { timeout: 12_000 })).toBeTruthy();
  }, 30_000);
});
