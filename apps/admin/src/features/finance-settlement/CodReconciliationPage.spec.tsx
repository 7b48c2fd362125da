import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { page, TERRITORY_ID } from '../orders/order-fixtures';
import { guangzhou } from '../cod/cod-fixtures';
import { DAY, SETTLEMENT_PERMISSIONS } from './settlement-fixtures';

describe('CodReconciliationPage', () => {
  it('sets the day’s remittances against the deposits and lists what is on one side only', async () => {
    signIn(fakeUser({ permissions: SETTLEMENT_PERMISSIONS }), {
      [`GET /api/v1/cod-reconciliation/days/${DAY}`]: {
        day: DAY,
        remittedAmount: 150_000,
        depositedAmount: 140_000,
        matched: 3,
        unmatchedRemittances: [
          {
            remittanceId: '0190a0b0-0000-7000-8000-000000000d01',
            number: 'REM-20261127-0004',
            orgUnitId: TERRITORY_ID,
            amount: 10_000,
          },
        ],
        unmatchedDeposits: [],
      },
      'GET /api/v1/org-units': page(guangzhou),
      [`GET /api/v1/org-units/${TERRITORY_ID}`]: guangzhou,
    });
    renderApp(`/finance/cod-reconciliation?day=${DAY}`);
    const summary = await screen.findByTestId('cod-day-summary', {}, { timeout: 20_000 });
    expect(summary.textContent).toContain('¥1,500.00');
    expect(summary.textContent).toContain('¥1,400.00');
    expect(summary.textContent).toContain('-¥100.00');
    const remittances = screen.getByTestId('cod-unmatched-remittances');
    expect(within(remittances).getByRole('link', { name: 'REM-20261127-0004' })).toBeTruthy();
    expect(await within(remittances).findByText('广州市')).toBeTruthy();
    expect(screen.getByTestId('cod-unmatched-deposits').textContent).toContain('没有未匹配的存款');
    expect(screen.getByRole('button', { name: /导入银行流水/ })).toBeTruthy();
  }, 60_000);
});
