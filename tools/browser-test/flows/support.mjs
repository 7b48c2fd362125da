// 客服: a customer-service lead (created by the admin over the API) puts the agent of the orders flow into the
// 综合咨询 queue. The agent opens the agent queue from the sidebar, opens a ticket for 王芳 about the order the
// orders flow placed (delivered by the after-sales flow), answers it with the standard answer 物流查询 — the
// server fills the customer's name, the order number, carrier and tracking number — edits it, sends it and
// resolves the ticket in one go. The thread shows the reply and the ticket is 已解决.
import fs from 'node:fs';
import path from 'node:path';
import { signedInFetch } from '../api.mjs';
import { expectApiCall, expectEqual, expectUrl, expectVisible } from '../expect.mjs';
import { chooseOption, sidebarPages, signInWithForm } from '../page.mjs';
import { ADMIN, CHROMIUM_CONTEXT, resultsDir, STEP_TIMEOUT_MS } from '../settings.mjs';

const LEAD = { username: 'zhao.kefu', displayName: '赵敏（客服主管）', password: 'Support-lead-2026' };
// The orders flow's agent; signed in again here when this flow runs on its own.
const AGENT = { username: 'li.kefu', displayName: '李晓（客服）', password: 'Customer-service-2026' };
const SUBJECT = '物流几天没有更新';
const CLOSING = '如有其他问题，欢迎随时联系我们。';

async function leadStaffsTheQueue(_page, run) {
  const asAdmin = await signedInFetch(run.baseUrl, ADMIN);
  const created = await asAdmin('/api/v1/users', {
    method: 'POST',
    body: JSON.stringify({ ...LEAD, roles: [{ role: 'customer-service-lead', orgUnitId: null }] }),
  });
  expectEqual(created.status, 201, `creating the customer-service lead (${await created.clone().text()})`);
  const asLead = await signedInFetch(run.baseUrl, LEAD);
  const agents = await (await asLead('/api/v1/support-queues/agents')).json();
  const agent = agents.find((a) => a.username === AGENT.username);
  expectEqual(Boolean(agent), true, `the agent ${AGENT.username} among ${agents.map((a) => a.username)}`);
  const queues = await (await asLead('/api/v1/support-queues')).json();
  const general = queues.find((q) => q.code === 'GENERAL');
  expectEqual(Boolean(general), true, 'the demo queue GENERAL');
  const staffed = await asLead(`/api/v1/support-queues/${general.id}/members`, {
    method: 'PUT',
    body: JSON.stringify({ userIds: [...new Set([...general.memberIds, agent.id])] }),
  });
  expectEqual(staffed.status, 200, `adding the agent to GENERAL (${await staffed.clone().text()})`);
  run.supportQueueId = general.id;
}

async function agentOpensTicket(_page, run) {
  let page = run.agentPage;
  if (!page) {
    const context = await run.browser.newContext(CHROMIUM_CONTEXT);
    run.cleanups.push(() => context.close());
    page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    run.watch(page);
    await page.goto(`${run.baseUrl}/login`);
    await signInWithForm(page, AGENT);
    run.agentPage = page;
  }
  await page.goto(`${run.baseUrl}/`);
  const pages = await sidebarPages(page, '客服');
  expectEqual(pages.includes('工单'), true, `工单 among ${pages}`);
  expectEqual(pages.includes('客服指标'), false, 'no metrics for an agent');
  await page.getByRole('menu').first().getByRole('link', { name: '工单', exact: true }).click();
  await expectUrl(page, (url) => url.pathname === '/support/tickets', 'be the agent queue');
  await expectVisible(page.getByTestId('tickets-table'), 'the agent queue');

  await page.getByRole('button', { name: '新建工单' }).first().click();
  const dialog = page.getByRole('dialog');
  const customer = page.locator('#new-ticket_customerId');
  await expectApiCall(
    page,
    { method: 'GET', path: '/api/v1/customers?', status: 200 },
    () => customer.fill('王芳'),
    'searching customers by name',
  );
  await chooseOption(page, customer, '王芳');
  await chooseOption(page, page.locator('#new-ticket_orderId'), run.salesOrder.number);
  await chooseOption(page, page.locator('#new-ticket_queueId'), '综合咨询');
  await dialog.locator('#new-ticket_subject').fill(SUBJECT);
  await dialog.locator('#new-ticket_description').fill('快递显示已发出，但几天没有更新了。');
  const response = await expectApiCall(
    page,
    { method: 'POST', path: '/api/v1/tickets', status: 201 },
    () => dialog.getByRole('button', { name: '创建工单' }).click(),
    'opening the ticket',
  );
  run.ticket = await response.json();
  expectEqual(/^TK-\d{8}-\d{4}$/.test(run.ticket.number), true, `the number ${run.ticket.number}`);
  await expectUrl(page, (url) => url.pathname === `/support/tickets/${run.ticket.id}`, 'open the new ticket');
  await expectVisible(page.getByText(`${run.ticket.number} · ${SUBJECT}`), 'the ticket header');
  await expectVisible(
    page.getByTestId('customer-sidebar').getByRole('link', { name: run.salesOrder.number }).first(),
    'the order in the customer sidebar',
  );
}

async function agentAnswersWithStandardAnswer(_page, run) {
  const page = run.agentPage;
  await page.getByRole('button', { name: /标准答复/ }).click();
  const picker = page.getByRole('dialog');
  await picker.getByPlaceholder('搜索标准答复').fill('物流');
  await expectApiCall(
    page,
    { method: 'POST', path: '/render-answer', status: 200 },
    () => picker.getByRole('button', { name: '使用 物流查询' }).click(),
    'filling the standard answer for this ticket',
  );
  const box = page.getByRole('textbox', { name: '回复客户' });
  // The filled answer lands in the box just after the server's answer arrives.
  let filled = '';
  for (const end = Date.now() + STEP_TIMEOUT_MS; !filled && Date.now() < end;) {
    filled = await box.inputValue();
    if (!filled) await page.waitForTimeout(100);
  }
  for (const part of ['王芳您好', run.salesOrder.number, 'SF0000000001']) {
    expectEqual(filled.includes(part), true, `“${part}” in the filled answer “${filled}”`);
  }
  expectEqual(filled.includes('{{'), false, `no placeholder left in “${filled}”`);
  await box.fill(`${filled}${CLOSING}`);
  await expectApiCall(
    page,
    { method: 'POST', path: `/api/v1/tickets/${run.ticket.id}/messages`, status: 201 },
    () => page.getByRole('button', { name: '发送并解决' }).click(),
    'sending the reply and resolving',
  );
  const reply = page.getByTestId('ticket-thread').locator('[data-kind="reply"]').last();
  await expectVisible(reply.getByText(CLOSING, { exact: false }), 'the reply in the thread');
  await expectVisible(
    reply.getByText('来自标准答复', { exact: false }),
    'the reply marked as a standard answer',
  );
  await expectVisible(
    page.locator('.ant-tag').getByText('已解决', { exact: true }).first(),
    'the status 已解决',
  );
  await expectVisible(
    page.getByTestId('ticket-history').getByText('回复客户', { exact: true }).first(),
    'the reply in the history',
  );
}

const withScreenshot = (flow) => async (page, run) => {
  try {
    await flow(page, run);
  } catch (error) {
    fs.mkdirSync(resultsDir, { recursive: true });
    await run.agentPage
      ?.screenshot({ path: path.join(resultsDir, 'support-agent-failure.png'), fullPage: true })
      .catch(() => undefined);
    throw error;
  }
};

export const supportFlows = [
  ['support: a customer-service lead puts the agent into the 综合咨询 queue (API)', leadStaffsTheQueue],
  ['support: the agent opens a ticket about a delivered order from the agent queue', agentOpensTicket],
  [
    'support: the agent answers with 物流查询 (placeholders filled) and resolves it',
    agentAnswersWithStandardAnswer,
  ],
].map(([name, flow]) => [name, withScreenshot(flow)]);
