import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/render-app';

describe('AppLayout', () => {
  it('shows the dashboard, a sidebar section per department and the signed-out user, in Chinese', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { name: '工作台' })).toBeTruthy();
    const menu = screen.getByRole('menu');
    for (const section of ['销售', '商品', '库存与采购', '订单与会员', '客服', '人事', '财务', '系统管理']) {
      expect(within(menu).getByText(section)).toBeTruthy();
    }
    expect(screen.getByTestId('current-user').textContent).toContain('未登录');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('switches every label to English and remembers the choice', async () => {
    renderApp('/');
    await screen.findByRole('heading', { name: '工作台' });
    fireEvent.click(screen.getByText('English'));
    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeTruthy();
    expect(within(screen.getByRole('menu')).getByText('Administration')).toBeTruthy();
    expect(screen.getByTestId('current-user').textContent).toContain('Not signed in');
    expect(localStorage.getItem('zhanggui.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('explains which module brings a section that is not built yet', async () => {
    renderApp('/finance/payroll');
    expect(await screen.findByText('「工资表」尚未上线')).toBeTruthy();
    expect(screen.getByText(/本栏目将随「工资与财务」模块上线/)).toBeTruthy();
  });

  it('answers an unknown address with a not-found page inside the layout', async () => {
    renderApp('/no/such/page');
    expect(await screen.findByText('页面不存在')).toBeTruthy();
    expect(screen.getByRole('menu')).toBeTruthy();
  });
});
