// 企划 · 编辑: a planner opens a campaign from the sidebar, sees its effect against the plan with the daily
// chart, uploads a creative and starts the campaign; the editor's 网站内容 list opens beside it.
import { signedInFetch } from '../api.mjs';
import { expectEqual, expectUrl, expectVisible } from '../expect.mjs';
import { popconfirmOk, sidebarPages, signInWithForm, tableRow } from '../page.mjs';
import { ADMIN, CHROMIUM_CONTEXT, STEP_TIMEOUT_MS } from '../settings.mjs';

const PLANNER = { username: 'wu.qihua', displayName: '吴静（企划）', password: 'Campaign-planner-2026' };
const CAMPAIGN = '浏览器测试 暖冬大促';
// A 1×1 PNG: the smallest real image.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const beijingDay = (offset) =>
  new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);

async function plannerFollowsACampaign(_page, run) {
  const asAdmin = await signedInFetch(run.baseUrl, ADMIN);
  const created = await asAdmin('/api/v1/users', {
    method: 'POST',
    body: JSON.stringify({ ...PLANNER, roles: [{ role: 'planner', orgUnitId: null }] }),
  });
  expectEqual(created.status, 201, `creating ${PLANNER.username} (${await created.clone().text()})`);
  const asPlanner = await signedInFetch(run.baseUrl, PLANNER);
  const territories = await (await asPlanner('/api/v1/sales-territories')).json();
  expectEqual(territories.data.length > 0, true, 'demo sales territories');
  const campaign = await asPlanner('/api/v1/campaigns', {
    method: 'POST',
    body: JSON.stringify({
      name: CAMPAIGN,
      channel: 'online',
      startsOn: beijingDay(-2),
      endsOn: beijingDay(2),
      budget: 800_000,
      targetRevenue: 2_000_000,
      territoryIds: [territories.data[0].id],
      slogans: ['好物过冬，一价到家'],
    }),
  });
  expectEqual(campaign.status, 201, `planning the campaign (${await campaign.clone().text()})`);

  const context = await run.browser.newContext(CHROMIUM_CONTEXT);
  run.cleanups.push(() => context.close());
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  run.watch(page);
  await page.goto(`${run.baseUrl}/login`);
  await signInWithForm(page, PLANNER);
  await expectVisible(
    page.getByTestId('current-user').getByText(PLANNER.displayName),
    'the planner signed in',
  );

  const pages = await sidebarPages(page, '销售');
  expectEqual(
    pages.includes('企划活动') && pages.includes('网站内容'),
    true,
    `企划活动, 网站内容 among ${pages}`,
  );
  await page.getByRole('menu').first().getByText('企划活动', { exact: true }).click();
  await expectUrl(page, (url) => url.pathname === '/sales/campaigns', 'be /sales/campaigns');
  await tableRow(page, CAMPAIGN).getByRole('link').click();
  await expectUrl(page, (url) => url.pathname.startsWith('/sales/campaigns/'), 'be the campaign page');
  const effect = page.getByTestId('campaign-effect');
  await expectVisible(effect.getByText('转化率'), 'the effect figures');
  await expectVisible(effect.locator('svg').first(), 'the daily chart');

  await page.getByTestId('campaign-assets').locator('input[type=file]').setInputFiles({
    name: 'poster.png',
    mimeType: 'image/png',
    buffer: PNG,
  });
  await expectVisible(page.getByTestId('campaign-assets').locator('img').first(), 'the uploaded creative');

  await page.getByRole('button', { name: '开始活动' }).click();
  await popconfirmOk(page).click();
  await expectVisible(page.getByRole('heading').getByText('进行中'), 'the campaign running');

  await page.getByRole('menu').first().getByText('网站内容', { exact: true }).click();
  await expectVisible(page.getByRole('heading', { name: '网站内容' }), 'the website content list');
}

export const salesCampaignFlows = [
  [
    'sales-campaigns: a planner follows a campaign’s effect, uploads a creative and starts it',
    plannerFollowsACampaign,
  ],
];
