import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../app/query-client';
import { authKeys } from '../../auth/auth.api';
import { renderInConsole } from '../../test/render-app';
import { fakeUser, json, signIn } from '../../test/fake-api';
import { ListingActions } from './ListingActions';
import { CATALOG_MANAGER_PERMISSIONS, fakeProduct, PRODUCT_ID } from './product-fixtures';

describe('ListingActions', () => {
  it('shows each reason the API gives for refusing to list', async () => {
    const me = fakeUser({ permissions: CATALOG_MANAGER_PERMISSIONS });
    signIn(me, {
      [`POST /api/v1/products/${PRODUCT_ID}/list`]: json(422, {
        type: 'https://zhanggui.dev/problems/listing_not_allowed',
        title: 'Unprocessable',
        status: 422,
        code: 'LISTING_NOT_ALLOWED',
        detail: 'Not now: it has no image; no website price for IP15-CASE-BLK.',
        errors: [
          { field: 'status', message: 'it has no image' },
          { field: 'status', message: 'no website price for IP15-CASE-BLK' },
        ],
      }),
    });
    const queryClient = createQueryClient();
    queryClient.setQueryData(authKeys.me, me);
    renderInConsole(<ListingActions product={fakeProduct({ status: 'in_review' })} />, queryClient);
    expect(screen.getByRole('button', { name: /退回草稿/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^上\s*架$/ }));
    const comment = await screen.findByLabelText('备注');
    fireEvent.submit(comment.closest('form')!);
    const refusal = await screen.findByTestId('listing-refused');
    expect(refusal.textContent).toContain('现在不能执行这个上下架操作');
    expect(refusal.textContent).toContain('it has no image');
    expect(refusal.textContent).toContain('no website price for IP15-CASE-BLK');
  });
});
