import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { page } from '../orders/order-fixtures';
import { liveness, type SiteContent } from './site-content.api';

const ITEM_ID = '0190a0b0-0000-7000-8000-0000000d0001';
const editor = fakeUser({ permissions: ['content:read', 'content:write'] });
const reader = fakeUser({ permissions: ['content:read'] });
const NOW = Date.parse('2026-11-28T12:00:00Z');

function fakeItem(overrides: Partial<SiteContent> = {}): SiteContent {
  return {
    id: ITEM_ID,
    kind: 'banner',
    language: 'zh-CN',
    slug: 'winter-sale',
    title: '暖冬特惠',
    body: '',
    imageUrl: null,
    linkUrl: '/campaigns/winter',
    position: 0,
    status: 'published',
    publishFrom: null,
    publishUntil: null,
    version: 4,
    updatedAt: '2026-11-28T00:00:00.000Z',
    ...overrides,
  };
}

describe('site content liveness', () => {
  it('tells what the website shows now from status and schedule', () => {
    expect(liveness(fakeItem(), NOW)).toBe('live');
    expect(liveness(fakeItem({ status: 'draft' }), NOW)).toBe('draft');
    expect(liveness(fakeItem({ publishFrom: '2026-11-29T00:00:00Z' }), NOW)).toBe('scheduled');
    expect(liveness(fakeItem({ publishUntil: '2026-11-28T11:00:00Z' }), NOW)).toBe('ended');
  });
});

describe('SiteContentPage', () => {
  it('lists content with its kind, language and liveness, filters from the URL, read-only for readers', async () => {
    const fetchMock = signIn(reader, {
      'GET /api/v1/site-content-items': page(
        fakeItem(),
        fakeItem({ id: `${ITEM_ID.slice(0, -1)}2`, status: 'draft', title: '关于我们', kind: 'page' }),
      ),
    });
    renderApp('/sales/site-content?kind=banner&language=zh-CN');
    const table = await screen.findByTestId('site-content-table', {}, { timeout: 12_000 });
    await waitFor(() => expect(table.textContent).toContain('暖冬特惠'));
    expect(table.textContent).toContain('展示中');
    expect(table.textContent).toContain('草稿');
    expect(table.textContent).toContain('横幅');
    expect(within(table).queryByRole('button', { name: /编\s*辑/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /新建内容/ })).toBeNull();
    const listed = fetchMock.mock.calls
      .map(([request]) => new URL((request as Request).url))
      .find((url) => url.pathname === '/api/v1/site-content-items')!;
    expect(listed.searchParams.get('kind')).toBe('banner');
    expect(listed.searchParams.get('language')).toBe('zh-CN');
  }, 30_000);

  it('shows the empty state', async () => {
    signIn(editor, { 'GET /api/v1/site-content-items': page() });
    renderApp('/sales/site-content');
    expect(await screen.findByText('还没有网站内容', {}, { timeout: 12_000 })).toBeTruthy();
  }, 30_000);

  it('lets an editor change an item with the version read, and shows a field problem from the API', async () => {
    let sent: { body: Record<string, unknown>; ifMatch: string | null } | undefined;
    signIn(editor, {
      'GET /api/v1/site-content-items': page(fakeItem()),
      [`PATCH /api/v1/site-content-items/${ITEM_ID}`]: async (request: Request) => {
        sent = { body: await request.json(), ifMatch: request.headers.get('If-Match') };
        return json(409, {
          type: 'x',
          title: 'Conflict',
          status: 409,
          code: 'SITE_CONTENT_SLUG_TAKEN',
          detail: 'taken',
          errors: [{ field: 'slug', message: 'already used' }],
        });
      },
    });
    renderApp('/sales/site-content');
    const table = await screen.findByTestId('site-content-table', {}, { timeout: 12_000 });
    fireEvent.click(await within(table).findByRole('button', { name: /编\s*辑/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('标题'), { target: { value: '暖冬特惠·第二波' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(sent?.ifMatch).toBe('"4"'));
    expect(sent?.body).toMatchObject({ title: '暖冬特惠·第二波', slug: 'winter-sale', status: 'published' });
    expect(sent?.body).not.toHaveProperty('kind');
    expect(await within(dialog).findByText('already used')).toBeTruthy();
  }, 60_000);
});
