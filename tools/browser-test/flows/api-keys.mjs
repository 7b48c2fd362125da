// Administration → API keys: create one (its secret shown once, and working), then revoke it.
import { expectApiCall, expectEqual, expectGone, expectVisible } from '../expect.mjs';
import { chooseTreeOption, drawer, popconfirmOk, tableRow } from '../page.mjs';

const KEY_NAME = '官网（浏览器测试）';
const secretModal = (page) => page.locator('.ant-modal:visible');

async function createKey(page, run) {
  await page.goto(`${run.baseUrl}/admin/api-keys`);
  await expectVisible(page.getByText('还没有 API 密钥。'), 'the empty list');
  await page.getByRole('button', { name: '新建密钥' }).first().click();
  const name = page.locator('#create-api-key_name');
  await expectVisible(name, 'the create-key drawer');
  await name.fill(KEY_NAME);
  await drawer(page).getByRole('group', { name: '组织架构' }).getByText('查看').click();
  await chooseTreeOption(page, page.locator('#create-api-key_orgUnitId'), '广东省');
  // The date picker takes a typed day too; Enter there takes it and submits the form, as in any other field.
  const expiresOn = page.locator('#create-api-key_expiresOn');
  await expiresOn.fill('2099-12-31');

  const response = await expectApiCall(
    page,
    { method: 'POST', path: '/api/v1/api-keys', status: 201 },
    () => expiresOn.press('Enter'),
    'creating the key (submitted with Enter in the expiry date)',
  );
  const created = await response.json();
  expectEqual(created.permissions, ['org-units:read'], 'the permissions granted');
  // It expires at the end of the day picked, in the browser's time zone.
  expectEqual(
    await page.evaluate((iso) => {
      const at = new Date(iso);
      return [at.getFullYear(), at.getMonth() + 1, at.getDate(), at.getHours(), at.getMinutes()];
    }, created.expiresAt),
    [2099, 12, 31, 23, 59],
    'the expiry (local date and time)',
  );

  await expectVisible(secretModal(page).getByText('请立即保存这个密钥'), 'the one-time secret dialog');
  await expectVisible(
    secretModal(page).getByText(/唯一一次显示完整密钥/),
    'the warning that it is shown once',
  );
  const shown = (await page.getByTestId('api-key-secret').innerText()).trim();
  expectEqual(shown, created.secret, 'the secret shown');
  // The clipboard only works for the focused page; an earlier flow's second browser may have taken focus.
  await page.bringToFront();
  await secretModal(page).getByRole('button', { name: '复制' }).click();
  // Headless Chromium sometimes never answers a clipboard write; the console then says so instead of hanging.
  const outcome = page.getByText('已复制').or(page.getByText('无法自动复制', { exact: false }));
  await expectVisible(outcome, 'the "copied" or "could not copy" message');
  if (await page.getByText('已复制').isVisible()) {
    expectEqual(await page.evaluate(() => navigator.clipboard.readText()), created.secret, 'the clipboard');
  }

  // Esc must not lose the secret by accident.
  await page.keyboard.press('Escape');
  await expectVisible(page.getByTestId('api-key-secret'), 'the secret, still shown after Esc');
  await secretModal(page).getByRole('button', { name: '我已保存好密钥' }).click();
  await expectGone(secretModal(page), 'the secret dialog');
  expectEqual(await page.getByText(created.secret).count(), 0, 'copies of the secret left on the page');

  const row = tableRow(page, KEY_NAME);
  await expectVisible(row.getByText('有效'), 'the new key, active');
  await expectVisible(row.getByText('广东省'), 'the key’s scope');
  await expectVisible(row.getByText(`zg_${created.prefix}_…`), 'the key’s visible prefix');

  const withKey = await fetch(`${run.baseUrl}/api/v1/org-units?limit=1`, {
    headers: { Authorization: `Bearer ${created.secret}` },
  });
  expectEqual(withKey.status, 200, 'a call with the new key');
  run.apiKey = created;
}

async function revokeKey(page, run) {
  const row = tableRow(page, KEY_NAME);
  await row.getByRole('button', { name: '吊销' }).click();
  await expectVisible(page.getByText(/使用它的系统会立即无法调用接口/), 'the revoke confirmation');
  await expectApiCall(
    page,
    { method: 'POST', path: `/api/v1/api-keys/${run.apiKey.id}/revoke`, status: 200 },
    () => popconfirmOk(page).click(),
    'revoking the key',
  );
  await expectVisible(row.getByText('已吊销'), 'the key, revoked');
  expectEqual(await row.getByRole('button', { name: '吊销' }).count(), 0, 'a revoke button on a revoked key');
  const withKey = await fetch(`${run.baseUrl}/api/v1/org-units?limit=1`, {
    headers: { Authorization: `Bearer ${run.apiKey.secret}` },
  });
  expectEqual(withKey.status, 401, 'a call with the revoked key');
}

export const apiKeyFlows = [
  ['API keys: create, the secret shown once, and it works', createKey],
  ['API keys: revoke', revokeKey],
];
