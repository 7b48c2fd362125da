// Administration → audit log: the trail of what the other flows did.
import { expectApiCall, expectUrl, expectVisible } from '../expect.mjs';
import { chooseOption, tableBody } from '../page.mjs';
import { CITY_MANAGER } from './users.mjs';

async function createdUserInTheTrail(page, run) {
  await page.goto(`${run.baseUrl}/admin/audit-log`);
  await expectVisible(page.getByRole('heading', { name: '审计日志' }), 'the audit log');
  await expectApiCall(
    page,
    { method: 'GET', path: 'entityType=user_account', status: 200 },
    () => chooseOption(page, page.getByRole('combobox', { name: '对象类型' }), '用户'),
    'the trail filtered to users',
  );
  await expectUrl(page, (url) => url.searchParams.get('entityType') === 'user_account', 'hold entityType');
  const creation = tableBody(page)
    .locator('tr.ant-table-row')
    .filter({ hasText: `用户名：${CITY_MANAGER.username}` });
  await expectVisible(creation, 'the creation of the city manager');
  await expectVisible(creation.getByText('新建'), 'its action, 新建');
  await expectVisible(creation.getByText('密码：已修改（内容隐藏）'), 'the password, hidden');
  await expectVisible(
    tableBody(page).getByText(`${CITY_MANAGER.displayName}→${CITY_MANAGER.renamed}`),
    'the rename, as from → to',
  );
  await expectVisible(tableBody(page).getByText('启用→已停用'), 'the disabling');

  await expectApiCall(
    page,
    { method: 'GET', path: `entityId=${run.cityManager.id}`, status: 200 },
    () => creation.getByRole('button', { name: '只看此对象' }).click(),
    'the trail of that one user',
  );
  await expectUrl(page, (url) => url.searchParams.get('entityId') === run.cityManager.id, 'hold entityId');
  await expectVisible(tableBody(page).getByText('设置角色'), 'the role assignment');
  await expectVisible(tableBody(page).getByText('登录', { exact: true }).first(), 'their sign-in');
}

export const auditLogFlows = [['audit log: the new user in the trail', createdUserInTheTrail]];
