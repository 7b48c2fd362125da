// Assertions that fail with a sentence saying what was expected and what was seen.
import { STEP_TIMEOUT_MS } from './settings.mjs';

export async function expectVisible(locator, what) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  } catch {
    throw new Error(`Expected to see ${what}, but it did not appear within ${STEP_TIMEOUT_MS} ms`);
  }
}

export async function expectGone(locator, what) {
  try {
    await locator.first().waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
  } catch {
    throw new Error(`Expected ${what} to go away, but it is still shown after ${STEP_TIMEOUT_MS} ms`);
  }
}

export async function expectUrl(page, predicate, what) {
  try {
    await page.waitForURL(predicate, { timeout: STEP_TIMEOUT_MS });
  } catch {
    throw new Error(`Expected the URL to ${what}, but it is ${page.url()}`);
  }
}

export function expectEqual(actual, expected, what) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(
      `Expected ${what} to be ${JSON.stringify(expected)}, but it is ${JSON.stringify(actual)}`,
    );
  }
}

/** Waits for the API call `trigger` causes and checks its status. */
export async function expectApiCall(page, { method, path: pathPart, status }, trigger, what) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === method && r.url().includes(pathPart), {
      timeout: STEP_TIMEOUT_MS,
    }),
    trigger(),
  ]);
  if (response.status() !== status) {
    throw new Error(
      `Expected ${what} to answer ${status}, got ${response.status()}: ${await response.text()}`,
    );
  }
  return response;
}
