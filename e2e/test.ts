import { test as base, expect, type Browser, type BrowserContext } from '@playwright/test';

export { expect };

/** What the page reported about a Content-Security-Policy violation. */
interface ViolationReport {
  directive: string;
  blocked: string;
  sample: string;
}

const REPORT_BINDING = '__diplographReportCspViolation';

/**
 * Records every Content-Security-Policy violation in a context's pages: the
 * `securitypolicyviolation` events of each document (reported to the test as they
 * happen, so a navigation cannot lose them) and the console messages that name the
 * policy (which also cover workers).
 */
async function watchCsp(context: BrowserContext, sink: string[]): Promise<void> {
  await context.exposeBinding(REPORT_BINDING, (_source, report: ViolationReport) => {
    sink.push(
      `${report.directive} blocked ${report.blocked || 'inline code'}${report.sample ? `: ${report.sample}` : ''}`,
    );
  });
  await context.addInitScript((binding) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as Record<string, (r: ViolationReport) => void>)[binding];
      report?.({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      });
    });
  }, REPORT_BINDING);
  context.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) sink.push(`console: ${message.text()}`);
  });
}

/**
 * Playwright's `test`, failing any test in whose pages the Content-Security-Policy
 * blocked something: a violation is either a bug in the app or an attack that the
 * policy stopped, and both need a look. Contexts a test opens itself with
 * `browser.newContext()` are watched too. A test that provokes a violation on
 * purpose checks `cspViolations` and empties it.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ browser, context }, use) => {
      const violations: string[] = [];
      await watchCsp(context, violations);
      // Wrapping the method (browser.newPage calls it too) keeps the specs unchanged.
      const newContext = browser.newContext.bind(browser);
      const watched: Browser['newContext'] = async (options) => {
        const opened = await newContext(options);
        await watchCsp(opened, violations);
        return opened;
      };
      browser.newContext = watched;
      try {
        await use(violations);
      } finally {
        // The wrapper is an own property; removing it restores the class's method.
        Reflect.deleteProperty(browser, 'newContext');
      }
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});
