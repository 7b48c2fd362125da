// Largest contentful paint of the console in headless Chromium (Debian's, driven by playwright-core) against
// the bench's API, which serves the built console at / (ADMIN_DIST_DIR): the sign-in page, then the dashboard
// loaded afresh by a signed-in user (a full page load of /, so the browser reports its own LCP). Each sample
// is a new browser context: an empty cache, as on a first visit. Run under `flock /tmp/browser-test.lock`
// (bench/run.mjs does) so it never shares the 2 cores with another Chromium.
// Usage: node bench/lib/lcp.mjs '{"baseUrl":"…","username":"admin","password":"…","samples":5}'
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, CHROMIUM_CONTEXT } from '../../tools/browser-test/settings.mjs';

const spec = JSON.parse(process.argv[2]);

/** The page's LCP so far (ms since navigation start), once the page has stopped fetching. */
async function lcpOf(page) {
  await page.waitForLoadState('networkidle');
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          const last = entries[entries.length - 1];
          resolve({ ms: last.startTime, element: last.element?.tagName ?? null, size: last.size });
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => resolve({ ms: null }), 3000);
      }),
  );
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const login = [];
const dashboard = [];
try {
  for (let i = 0; i < (spec.samples ?? 5); i++) {
    const context = await browser.newContext(CHROMIUM_CONTEXT);
    const page = await context.newPage();
    await page.goto(`${spec.baseUrl}/login`);
    await page.locator('#login_username').waitFor({ timeout: 30_000 });
    login.push(await lcpOf(page));
    await page.locator('#login_username').fill(spec.username);
    await page.locator('#login_password').fill(spec.password);
    await page.locator('#login_password').press('Enter');
    await page.waitForURL((url) => url.pathname !== '/login', { timeout: 30_000 });
    // The session lives in sessionStorage, so a reload stays signed in: this load is the dashboard's own.
    await page.reload();
    await page.getByRole('heading').first().waitFor({ timeout: 30_000 });
    if (new URL(page.url()).pathname !== '/') throw new Error(`Landed on ${page.url()}, not the dashboard`);
    dashboard.push(await lcpOf(page));
    await context.close();
  }
} finally {
  await browser.close();
}
process.stdout.write(
  `${JSON.stringify({
    samples: login.length,
    login: { medianMs: median(login.map((x) => x.ms)), runs: login },
    dashboard: { medianMs: median(dashboard.map((x) => x.ms)), runs: dashboard },
  })}\n`,
);
