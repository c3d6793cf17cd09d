import type { ConsoleMessage, Page } from '@playwright/test';
import type { FuzzedLink } from './fuzzLinks.ts';

/** What opening one link showed: the app's shell or a dataset problem, and what went wrong. */
export interface LinkVisit {
  link: FuzzedLink;
  shown: 'explorer' | 'dataset problem' | 'nothing';
  /** Uncaught errors, console errors, a failed panel, or no shell at all; empty when fine. */
  problems: string[];
  ms: number;
}

// The one console error a fuzzed link may cause: a ?data= path on the app's own
// origin that is not there. The browser itself logs the 404; the app says in words
// that the dataset could not be fetched.
const ALLOWED_CONSOLE_ERRORS = [
  /^Failed to load resource: the server responded with a status of 404 \(Not Found\)$/,
];

// Servers refuse request lines this long (Node's limit is 16 KB, nginx's 8 KB by
// default), so such a link never reaches the app from a server; it can still
// arrive through the history (Back and Forward), and is opened that way.
const MAX_REQUEST_URL = 8 * 1024;

/**
 * How a link is opened: loaded as a new page, or, in the page already showing the
 * app, through the history as Back and Forward do (the app reads the URL with the
 * same code either way; the history is faster, as nothing is loaded again).
 */
export type OpenedVia = 'load' | 'history';

/**
 * Opens fuzzed links one after another in one page and checks each: the app shell
 * renders (the explorer with its heading and status line, or a clear message that
 * the dataset could not be shown), no panel fell back to its error boundary, and
 * nothing reached the console as an uncaught or logged error.
 */
export function fuzzedLinkVisitor(
  page: Page,
  origin: string,
  { timeoutMs = 15_000 } = {},
): (link: FuzzedLink, via?: OpenedVia) => Promise<LinkVisit> {
  let problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (!ALLOWED_CONSOLE_ERRORS.some((allowed) => allowed.test(text)))
      problems.push(`console error: ${text.slice(0, 300)}`);
  });

  // In English or Turkish: a link with lang=tr switches the UI, and the choice is
  // remembered for the links after it.
  const explorer = page.getByRole('status').filter({ hasText: / shown| gösteriliyor/ });
  const datasetProblem = page.getByRole('heading', {
    name: /^(The dataset could not be shown|Veri kümesi gösterilemedi)$/,
  });
  const failedPanel = page
    .getByRole('alert')
    .filter({ hasText: /could not be shown: |gösterilemedi: / });

  let isShowingApp = false;

  return async (link, via = 'load') => {
    problems = [];
    const started = Date.now();
    let shown: LinkVisit['shown'] = 'nothing';
    try {
      const url = new URL(`/${link.query}`, origin).href;
      if (via === 'load' && url.length <= MAX_REQUEST_URL) {
        // A blank page first: the previous link's page may still be writing its URL,
        // and Chromium lets that same-document navigation cancel the next one.
        await page.goto('about:blank', { waitUntil: 'commit' });
        // The app shell is what is waited for, not the load event.
        await page.goto(url, { timeout: timeoutMs, waitUntil: 'commit' });
      } else {
        if (!isShowingApp) {
          await page.goto(new URL('/', origin).href, { timeout: timeoutMs });
          await explorer.or(datasetProblem).first().waitFor({ timeout: timeoutMs });
        }
        await page.evaluate(async (query) => {
          window.history.pushState(null, '', query);
          window.dispatchEvent(new PopStateEvent('popstate'));
          // Two frames: React has rendered what the new URL asks for.
          for (let i = 0; i < 2; i++) await new Promise((done) => requestAnimationFrame(done));
        }, link.query);
      }
      await explorer.or(datasetProblem).first().waitFor({ timeout: timeoutMs });
      if (await explorer.isVisible()) {
        shown = 'explorer';
        if (!(await page.getByRole('heading', { level: 1, name: 'Diplograph' }).isVisible()))
          problems.push('the explorer shows no "Diplograph" heading');
        // The graph is drawn (or shown as a table, perhaps an empty one) before the
        // link counts as opened.
        await page
          .locator('[data-testid="graph-canvas"][data-ready="true"], [data-testid="graph-table"]')
          .first()
          .waitFor({ timeout: timeoutMs })
          .catch(() => problems.push('the graph was not drawn'));
      } else {
        shown = 'dataset problem';
      }
      for (const text of await failedPanel.allTextContents())
        problems.push(`panel failed: ${text}`);
    } catch (error) {
      problems.push(`no app shell: ${(error as Error).message.split('\n')[0]}`);
    }
    // A page left broken is not reused for the next link.
    isShowingApp = shown !== 'nothing' && problems.length === 0;
    return { link, shown, problems, ms: Date.now() - started };
  };
}
