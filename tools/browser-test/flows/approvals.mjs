// 审批: the inbox, the tabs and the header's count. No module creates approval requests yet (pricing will be the
// first), and nothing over HTTP does, so this covers what the admin sees with none; the RTL tests in
// apps/admin cover deciding and cancelling against a stubbed API.
import { expectApiCall, expectEqual, expectUrl, expectVisible } from '../expect.mjs';

async function emptyInboxAndTabs(page, { baseUrl }) {
  await page.goto(`${baseUrl}/`);
  const bell = page.getByTestId('approvals-bell');
  await expectVisible(bell.locator('.ant-badge-count[title="0"]'), 'the header’s count of approvals, 0');
  expectEqual(await bell.getAttribute('aria-label'), '待我审批：0 项', 'what the header’s link says');

  await expectApiCall(
    page,
    { method: 'GET', path: '/api/v1/approval-requests/inbox?', status: 200 },
    () => bell.click(),
    'the inbox, opened from the header',
  );
  await expectUrl(page, (url) => url.pathname === '/approvals', 'be /approvals');
  await expectVisible(page.getByRole('heading', { name: '审批' }), 'the approvals page');
  await expectVisible(page.getByText('没有等待你审批的申请。'), 'the empty inbox');
  await expectVisible(
    page.getByRole('menu').first().locator('.ant-menu-item-selected').getByText('审批', { exact: true }),
    'the sidebar’s 审批 entry, selected',
  );

  await expectApiCall(
    page,
    { method: 'GET', path: 'mine=true', status: 200 },
    () => page.getByRole('tab', { name: '我发起的' }).click(),
    'the requests I asked for',
  );
  await expectUrl(page, (url) => url.searchParams.get('tab') === 'mine', 'hold tab=mine');
  await expectVisible(page.getByText('你还没有发起过审批。'), 'the empty list of my requests');
  await expectVisible(page.getByRole('combobox', { name: '状态' }), 'the status filter on my requests');
  // The system administrator does not hold approval-requests:read (the GM and auditors do).
  expectEqual(await page.getByRole('tab', { name: '全部' }).count(), 0, 'an "all" tab for the admin');

  await page.reload();
  await expectVisible(page.getByText('你还没有发起过审批。'), 'my requests again after a reload');
  await page.getByRole('tab', { name: /待我审批/ }).click();
  await expectUrl(page, (url) => !url.searchParams.has('tab'), 'drop tab= for the inbox');
  await expectVisible(page.getByText('没有等待你审批的申请。'), 'the empty inbox again');
}

export const approvalFlows = [
  ['approvals: an empty inbox, the tabs, and 0 in the header', emptyInboxAndTabs],
];
