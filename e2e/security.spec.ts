import type { Page } from '@playwright/test';
import { securityHeaders } from '../scripts/security/contentSecurityPolicy.ts';
import { E2E_DATA_ORIGIN } from './dataOrigin.ts';
import { openExplorer } from './graphPage.ts';
import { expect, test } from './test.ts';

// The e2e server is a production build served by `vite preview`, as configured here.
const expected = securityHeaders([E2E_DATA_ORIGIN]);

/** Adds an inline script to the page and says whether it ran. */
async function runInlineScript(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'document.documentElement.dataset.injected = "ran";';
    document.head.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return document.documentElement.dataset.injected === 'ran';
  });
}

test('the preview server sends the security headers with the page and every file', async ({
  page,
  request,
}) => {
  const response = await page.goto('/');
  const headers = response!.headers();
  expect(headers['content-security-policy']).toBe(expected['Content-Security-Policy']);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).not.toMatch(/unsafe-/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  for (const path of ['/lavrov-choe.json', '/datasets.json']) {
    const file = await request.get(path);
    expect(file.headers()['x-content-type-options'], path).toBe('nosniff');
    expect(file.headers()['content-security-policy'], path).toBe(
      expected['Content-Security-Policy'],
    );
  }
});

test('the built page carries the policy in a meta tag too, without frame-ancestors', async ({
  page,
}) => {
  await openExplorer(page);
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(meta).toContain("default-src 'self'");
  expect(meta).toContain("object-src 'none'");
  expect(meta).not.toContain('frame-ancestors');
  expect(meta).not.toMatch(/unsafe-/);
});

test('on a host that sends no headers, the page still sends no referrer', async ({ page }) => {
  // The page as a static host without header support would serve it.
  await page.route('/', async (route) => {
    const response = await route.fetch();
    const headers = response.headers();
    delete headers['referrer-policy'];
    delete headers['content-security-policy'];
    await route.fulfill({ response, headers });
  });
  // Every header as sent, read once each request is done (headers() may leave some out).
  const sent: Promise<Record<string, string>>[] = [];
  page.on('request', (request) => {
    if (request.url() !== page.url()) sent.push(request.allHeaders());
  });
  await openExplorer(page);
  const referers = (await Promise.all(sent)).map((headers) => headers.referer);
  expect(await page.locator('meta[name="referrer"]').getAttribute('content')).toBe('no-referrer');
  expect(referers.length).toBeGreaterThan(2);
  expect(referers.filter((referer) => referer !== undefined)).toEqual([]);
});

test('an injected inline script does not run, and the violation is recorded', async ({
  page,
  cspViolations,
}) => {
  await openExplorer(page);
  expect(await runInlineScript(page)).toBe(false);
  await expect.poll(() => cspViolations.join('\n')).toMatch(/script-src/);
  // Provoked on purpose: the guard saw it, and the test may end cleanly.
  cspViolations.splice(0);
});

test('a script from the app origin cannot eval', async ({ page, cspViolations }) => {
  // Playwright's evaluate may eval, so the probe is a script file of the app's origin.
  await page.route('**/eval-probe.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `try { document.documentElement.dataset.evalProbe = String(eval('1 + 1')); }
             catch (error) { document.documentElement.dataset.evalProbe = error.name; }`,
    }),
  );
  await openExplorer(page);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.src = '/eval-probe.js';
    document.head.append(script);
  });
  await expect(page.locator('html')).toHaveAttribute('data-eval-probe', 'EvalError');
  await expect.poll(() => cspViolations.join('\n')).toMatch(/script-src/);
  cspViolations.splice(0);
});

test('the guard fails a journey in which the policy blocked something', async ({ page }) => {
  // This test must fail: if it passes, violations would go unnoticed in every spec.
  test.fail();
  await openExplorer(page);
  expect(await runInlineScript(page)).toBe(false);
});
