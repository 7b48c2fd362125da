import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeUser, signIn } from '../test/fake-api';
import { renderApp } from '../test/render-app';

// Real placeholders come and go as modules land, so the test brings its own.
vi.mock('./navigation', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./navigation')>();
  return {
    ...actual,
    placeholderPages: () => [
      ...actual.placeholderPages(),
      { path: '/test/coming-soon', label: 'salesTargets', arrivesWith: 'salesOrganisation' },
    ],
  };
});

const cityManager = fakeUser({
  username: 'gz.manager',
  displayName: '王城市',
  roles: [{ role: 'city-manager', orgUnitId: '0190a0b0-0000-7000-8000-000000000001' }],
  permissions: ['org-units:read', 'users:read'],
});

describe('AppLayout', () => {
  it('shows the dashboard, a sidebar section per department and the signed-in user, in Chinese', async () => {
    signIn();
    renderApp('/');
    // The first render of a file loads the frame and the page cold, on two cores shared with other files.
    expect(await screen.findByRole('heading', { name: '工作台' }, { timeout: 12_000 })).toBeTruthy();
    const menu = screen.getByRole('menu');
    for (const section of ['财务', '系统管理']) {
      expect(within(menu).getByText(section)).toBeTruthy();
    }
    // Sales, the catalog, stock, purchasing, orders, customer service and HR are offered by permission, and the
    // administrator holds none.
    for (const section of ['销售', '商品', '库存', '采购', '订单与会员', '客服', '人事'])
      expect(within(menu).queryByText(section)).toBeNull();
    expect(screen.getByTestId('current-user').textContent).toContain('系统管理员');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('switches every label to English and remembers the choice', async () => {
    signIn();
    renderApp('/');
    await screen.findByRole('heading', { name: '工作台' });
    fireEvent.click(screen.getByText('English'));
    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeTruthy();
    expect(within(screen.getByRole('menu')).getByText('Administration')).toBeTruthy();
    expect(localStorage.getItem('zhanggui.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('offers in the menu only the administration pages the user may open', async () => {
    signIn(cityManager);
    renderApp('/admin/org-units');
    const [menu] = await screen.findAllByRole('menu');
    const admin = await within(menu!).findByText('系统管理');
    expect(admin).toBeTruthy();
    expect(within(menu!).getByText('组织架构')).toBeTruthy();
    expect(within(menu!).getByText('用户与角色')).toBeTruthy();
    expect(within(menu!).queryByText('API 密钥')).toBeNull();
    expect(within(menu!).queryByText('审计日志')).toBeNull();
  });

  it('says "no access" to someone who opens a page their roles do not open', async () => {
    signIn(cityManager);
    renderApp('/admin/api-keys');
    expect(await screen.findByText('没有访问权限')).toBeTruthy();
    expect(screen.getByText(/api-keys:read/)).toBeTruthy();
  });

  it('explains which module brings a section that is not built yet', async () => {
    signIn();
    renderApp('/test/coming-soon');
    expect(await screen.findByText('「销售目标」尚未上线')).toBeTruthy();
    expect(screen.getByText(/本栏目将随「销售组织」模块上线/)).toBeTruthy();
  });

  it('answers an unknown address with a not-found page inside the layout', async () => {
    signIn();
    renderApp('/no/such/page');
    expect(await screen.findByText('页面不存在')).toBeTruthy();
    expect(screen.getByRole('menu')).toBeTruthy();
  });
});
