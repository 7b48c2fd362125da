// Largest contentful paint of the console in headless Chromium (Debian's, driven by playwright-core) against
// the bench's API, which serves the built console at / (ADMIN_DIST_DIR): the sign-in page, then the dashboard
// loaded afresh by a signed-in user (a full page load of /, so the browser reports its own LCP). Each sample
// is a new browser context: an empty cache, as on a first visit. Run under `flock /tmp/browser-test.lock`
// (bench/run.mjs does) so it never shares the 2 cores with another Chromium.
// Usage: node bench/lib/lcp.mjs '{"baseUrl":"…","username":"admin","password":"…","samples":5}'
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, CHROMIUM_CONTEXT } from '../../tools/browser-test/settings.mjs';

const spec = JSON.parse(process.argv[2]);

/**
 * Installed before any page script: keeps every LCP candidate with a description of its element taken while
 * it is still in the page (a candidate replaced by a later render is detached by the time anyone asks).
 */
function recordPaints() {
  window.__paints = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const element = entry.element;
      window.__paints.push({
        ms: entry.startTime,
        size: entry.size,
        element: element
          ? `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`
          : null,
        text: element?.textContent?.trim().slice(0, 40) ?? null,
      });
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  // The sign-in page's largest text is the loading fallback's (the form's own texts are smaller), so its LCP
  // is the first render; the form's arrival is watched on its own: the first frame with the username field.
  const watch = () => {
    if (document.getElementById('login_username')) window.__signInFormMs = performance.now();
    else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
}

/**
 * The page's LCP so far (ms since navigation start), once the page has stopped fetching, with what else
 * explains it: every candidate, the first contentful paint, and the scripts (how many, when the last arrived).
 */
async function lcpOf(page) {
  await page.waitForLoadState('networkidle');
  return page.evaluate(() => {
    const paints = window.__paints ?? [];
    const last = paints[paints.length - 1];
    const scripts = performance
      .getEntriesByType('resource')
      .filter((r) => r.initiatorType === 'script' || /\.js($|\?)/.test(r.name));
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      ms: last?.ms ?? null,
      element: last?.element ?? null,
      size: last?.size ?? null,
      text: last?.text ?? null,
      candidates: paints.map((p) => ({ ms: Math.round(p.ms), size: p.size, element: p.element })),
      fcpMs: fcp ? Math.round(fcp.startTime) : null,
      signInFormMs: window.__signInFormMs === undefined ? null : Math.round(window.__signInFormMs),
      scripts: scripts.length,
      lastScriptMs: scripts.length ? Math.round(Math.max(...scripts.map((r) => r.responseEnd))) : null,
    };
  });
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
    await context.addInitScript(recordPaints);
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
    login: {
      medianMs: median(login.map((x) => x.ms)),
      fcpMedianMs: median(login.map((x) => x.fcpMs)),
      formMedianMs: median(login.map((x) => x.signInFormMs)),
      lastScriptMedianMs: median(login.map((x) => x.lastScriptMs)),
      runs: login,
    },
    dashboard: {
      medianMs: median(dashboard.map((x) => x.ms)),
      fcpMedianMs: median(dashboard.map((x) => x.fcpMs)),
      lastScriptMedianMs: median(dashboard.map((x) => x.lastScriptMs)),
      runs: dashboard,
    },
  })}\n`,
);
