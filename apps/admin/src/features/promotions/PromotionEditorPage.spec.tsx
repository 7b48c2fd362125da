import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

const planner = fakeUser({
  permissions: ['promotions:read', 'promotions:write', 'price-quotes:create', 'catalog:read'],
});
const page = (...data: unknown[]) => ({ data, nextCursor: null });

describe('PromotionEditorPage', () => {
  it('creates a 满减 draft with the amounts in 分, and opens it', async () => {
    let sent: Record<string, unknown> | undefined;
    signIn(planner, {
      'GET /api/v1/products': page(),
      'GET /api/v1/categories': page(),
      'POST /api/v1/promotions': async (request: Request) => {
        sent = (await request.json()) as Record<string, unknown>;
        return json(201, {
          ...sent,
          id: '0190a0b0-0000-7000-8000-0000000000f1',
          number: 'PR-20261111-0001',
          currency: 'CNY',
          timesUsed: 0,
          status: 'draft',
          version: 1,
          createdAt: '2026-11-01T00:00:00.000Z',
        });
      },
    });
    const { router } = renderApp('/catalog/promotions/new');
    const name = await screen.findByLabelText('名称', {}, { timeout: 12_000 });
    expect(document.activeElement).toBe(name);
    fireEvent.change(name, { target: { value: '满300减30' } });
    // The kind's fields appear once antd's Form.useWatch has heard of the form's starting kind.
    fireEvent.change(await screen.findByLabelText('满（元）'), { target: { value: '300' } });
    fireEvent.change(screen.getByLabelText('减（元）'), { target: { value: '29.9' } });
    fireEvent.submit(name.closest('form')!);
    await waitFor(() => expect(sent).toBeDefined());
    expect(sent).toMatchObject({
      name: '满300减30',
      kind: 'spend_save',
      targetScope: 'order',
      targetIds: [],
      parameters: { threshold: 30000, amount: 2990, repeat: false },
      channels: ['website'],
      stacking: 'combinable',
    });
    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/catalog/promotions/0190a0b0-0000-7000-8000-0000000000f1'),
    );
  });
});
