#!/usr/bin/env node
// The browser test: builds the API and the admin console, starts the API (embedded PostgreSQL, demo data, the
// built console served at /) in a throwaway data folder, and drives Debian's Chromium through each section's
// main flows (flows/*.mjs; a new section adds a file there). On failure it leaves a screenshot, the page's
// console and the API's log in test-results/.
// Usage: node tools/browser-test/run.mjs [--no-build]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { accessFlows } from './flows/access.mjs';
import { afterSalesFlows } from './flows/after-sales.mjs';
import { apiKeyFlows } from './flows/api-keys.mjs';
import { approvalFlows } from './flows/approvals.mjs';
import { auditLogFlows } from './flows/audit-log.mjs';
import { catalogFlows } from './flows/catalog.mjs';
import { dashboardFlows } from './flows/dashboard.mjs';
import { financeContractFlows } from './flows/finance-contracts.mjs';
import { financeExpenseFlows } from './flows/finance-expenses.mjs';
import { financeLedgerFlows } from './flows/finance-ledger.mjs';
import { financePayrollFlows } from './flows/finance-payroll.mjs';
import { financeReconciliationFlows } from './flows/finance-reconciliation.mjs';
import { hrAttendanceFlows } from './flows/hr-attendance.mjs';
import { hrHireFlows } from './flows/hr-hire.mjs';
import { orderFlows } from './flows/orders.mjs';
import { orgUnitFlows } from './flows/org-units.mjs';
import { purchasingFlows } from './flows/purchasing.mjs';
import { salesCampaignFlows } from './flows/sales-campaigns.mjs';
import { salesReportFlows } from './flows/sales-reports.mjs';
import { salesFranchiseFlows } from './flows/sales-franchise.mjs';
import { salesTargetFlows } from './flows/sales-targets.mjs';
import { shellFlows } from './flows/shell.mjs';
import { signInFlows } from './flows/sign-in.mjs';
import { signOutFlows } from './flows/sign-out.mjs';
import { supportFlows } from './flows/support.mjs';
import { disableUserFlows, userFlows } from './flows/users.mjs';
import { webhookFlows } from './flows/webhooks.mjs';
import { build, ensureChromium, freePort, startApi, stopApi, waitForReady } from './machine.mjs';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  CHROMIUM_CONTEXT,
  STEP_TIMEOUT_MS,
  adminDist,
  apiMain,
  log,
  resultsDir,
  root,
} from './settings.mjs';

// --------------------------------------------------------------------------------------------- main

async function main() {
  const started = Date.now();
  const noBuild = process.argv.includes('--no-build');
  // `--only support` runs signing in, the flows whose names start with "support" and signing out: for working
  // on one section. Flows that rely on what an earlier section created need that section named too.
  const onlyIndex = process.argv.indexOf('--only');
  const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1]?.split(',') : undefined;
  fs.rmSync(resultsDir, { recursive: true, force: true });
  ensureChromium();
  if (noBuild) {
    for (const required of [apiMain, path.join(adminDist, 'index.html')]) {
      if (!fs.existsSync(required))
        throw new Error(`--no-build, but ${path.relative(root, required)} is missing`);
    }
  } else {
    build();
  }

  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanggui-browser-test-'));
  // The embedded PostgreSQL runs as the postgres user when we are root: it must be able to enter the folder.
  fs.chmodSync(tempDir, 0o755);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const consoleLines = [];
  let api;
  let browser;
  let page;
  let step = 'starting the API';
  let failed = false;

  const stopOnSignal = () => {
    log('Interrupted: stopping');
    void cleanUp().finally(() => process.exit(130));
  };
  // What flows started besides the browser (the webhooks flow's receiver), stopped however the run ends.
  const cleanups = [];
  const cleanUp = async () => {
    for (const cleanup of cleanups.splice(0)) {
      try {
        await cleanup();
      } catch {
        // Best effort: the run is over either way.
      }
    }
    await browser?.close().catch(() => undefined);
    if (api) await stopApi(api);
    fs.rmSync(tempDir, { recursive: true, force: true });
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);

  try {
    log(`Starting the API on ${baseUrl} (data in ${tempDir})`);
    api = startApi(tempDir, port);
    await waitForReady(api, baseUrl);
    log(`API ready after ${Date.now() - started} ms`);

    step = 'launching Chromium';
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext(CHROMIUM_CONTEXT);
    // The API-key flow checks that "copy" really puts the secret on the clipboard.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    const watch = (watched) => {
      watched.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
      watched.on('pageerror', (error) => consoleLines.push(`[pageerror] ${error.stack ?? error.message}`));
    };
    watch(page);

    // Signing in comes first (every page needs a session) and signing out last. Flows share `run`: what one
    // creates (a user, a key) the next ones use.
    const allFlows = [
      ...signInFlows,
      ...shellFlows,
      ...orgUnitFlows,
      ...userFlows,
      ...accessFlows,
      ...disableUserFlows,
      ...apiKeyFlows,
      ...auditLogFlows,
      ...approvalFlows,
      ...webhookFlows,
      ...catalogFlows,
      ...purchasingFlows,
      ...orderFlows,
      ...afterSalesFlows,
      ...supportFlows,
      ...hrHireFlows,
      ...hrAttendanceFlows,
      ...financeExpenseFlows,
      ...financeContractFlows,
      ...financePayrollFlows,
      ...financeReconciliationFlows,
      ...financeLedgerFlows,
      ...dashboardFlows,
      ...salesCampaignFlows,
      ...salesReportFlows,
      ...salesFranchiseFlows,
      ...salesTargetFlows,
      ...signOutFlows,
    ];
    const flows = only
      ? allFlows.filter(([name]) =>
          ['sign-in', 'sign-out', ...only].some((prefix) => name.startsWith(prefix)),
        )
      : allFlows;
    const run = { baseUrl, browser, watch, cleanups };
    for (const [name, flow] of flows) {
      step = name;
      const flowStarted = Date.now();
      await flow(page, run);
      log(`ok  ${name} (${Date.now() - flowStarted} ms)`);
    }
    const pageErrors = consoleLines.filter((line) => line.startsWith('[pageerror]'));
    if (pageErrors.length > 0) {
      step = 'checking for uncaught errors in the page';
      throw new Error(`The page threw:\n${pageErrors.join('\n')}`);
    }
    log(`All flows passed in ${Date.now() - started} ms`);
  } catch (error) {
    failed = true;
    console.error(`\n[browser-test] FAILED while ${step}:\n  ${error.message}\n`);
    fs.mkdirSync(resultsDir, { recursive: true });
    if (page) {
      await page
        .screenshot({ path: path.join(resultsDir, 'browser-test-failure.png'), fullPage: true })
        .catch(() => undefined);
    }
    fs.writeFileSync(path.join(resultsDir, 'browser-console.log'), `${consoleLines.join('\n')}\n`);
    fs.writeFileSync(path.join(resultsDir, 'api.log'), api ? api.output.join('') : '');
    console.error(
      `[browser-test] Screenshot, page console and API log are in ${path.relative(root, resultsDir)}/`,
    );
  } finally {
    await cleanUp();
    process.removeListener('SIGINT', stopOnSignal);
    process.removeListener('SIGTERM', stopOnSignal);
  }
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(`[browser-test] ${error.stack ?? error.message}`);
  process.exitCode = 1;
});
