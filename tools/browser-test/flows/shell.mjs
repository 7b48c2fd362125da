// The shell: dashboard, one sidebar section per department, the language switch.
import { expectVisible, expectEqual } from '../expect.mjs';
import { ADMIN } from '../settings.mjs';

// 销售, 商品, 库存, 采购, 订单与会员 and 客服 are missing on purpose: they are offered by permission, and the
// system administrator holds none of theirs (the sales, catalog, purchasing, orders and support flows sign in as
// staff who do).
// 人事 is there for everyone: every role reads the company documents archive.
const SIDEBAR_SECTIONS_ZH = ['工作台', '人事', '财务', '系统管理'];

async function dashboardAndLanguage(page, { baseUrl }) {
  await page.goto(`${baseUrl}/`);
  await expectVisible(page.getByRole('heading', { name: '工作台' }), 'the dashboard heading 工作台');
  const menu = page.getByRole('menu').first();
  for (const section of SIDEBAR_SECTIONS_ZH) {
    await expectVisible(menu.getByText(section, { exact: true }), `the sidebar section ${section}`);
  }
  for (const section of ['销售', '商品', '库存', '采购', '订单与会员', '客服']) {
    expectEqual(
      await menu.getByText(section, { exact: true }).count(),
      0,
      `a ${section} section for the administrator`,
    );
  }
  await expectVisible(page.getByText(`${ADMIN.displayName}，欢迎使用掌柜管理后台。`), 'the greeting by name');

  await page.getByText('English', { exact: true }).click();
  await expectVisible(page.getByRole('heading', { name: 'Dashboard' }), 'the heading Dashboard in English');
  await expectVisible(
    menu.getByText('Administration', { exact: true }),
    'the sidebar section Administration',
  );
  await expectVisible(
    page.getByText(`Welcome to the Zhanggui admin console, ${ADMIN.displayName}.`),
    'the greeting in English',
  );
  expectEqual(await page.evaluate(() => document.documentElement.lang), 'en', 'the page language');

  await page.reload();
  await expectVisible(page.getByRole('heading', { name: 'Dashboard' }), 'English kept after a reload');
  await page.getByText('中文', { exact: true }).click();
  await expectVisible(page.getByRole('heading', { name: '工作台' }), 'the dashboard back in Chinese');
}

export const shellFlows = [['dashboard and sidebar in Chinese, switch to English', dashboardAndLanguage]];
