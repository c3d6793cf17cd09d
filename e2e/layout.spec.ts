import { expect, test } from './test.ts';

// The graph pane stacks bars, the graph, the paths panel and the timeline (the
// legend is in the sidebar). On smaller screens the panels once took every pixel and left the graph
// 2 px tall; now they shrink and scroll, and the graph keeps a fair share.
const SCREENS = [
  { width: 1024, height: 640 },
  { width: 1280, height: 720 },
  { width: 1400, height: 900 },
  { width: 1920, height: 1080 },
];

for (const screen of SCREENS) {
  test(`at ${screen.width}×${screen.height} the graph stays usable with paths, timeline and legend open`, async ({
    page,
  }) => {
    await page.setViewportSize(screen);
    // The fictional dataset has dates, so the timeline shows; a path opens its panel.
    await page.goto('/?data=fictional-veld&path=arvel-quint,mira-dosan');
    await page.locator('[data-testid="graph-canvas"][data-ready="true"]').waitFor();
    const pane = (await page.getByRole('main').boundingBox())!;
    const graph = (await page.locator('.graph-view').boundingBox())!;
    expect(graph.height).toBeGreaterThanOrEqual(Math.min(192, pane.height));
    expect(graph.height).toBeGreaterThanOrEqual(0.44 * pane.height);
    // Each panel under the graph still shows its heading, and none reaches past the
    // window; the legend sits in the sidebar, a scroll away.
    for (const heading of [/^Paths$/, /^Timeline/])
      await expect(page.getByRole('heading', { name: heading })).toBeInViewport();
    const legend = page.getByRole('heading', { name: /^Legend$/ });
    await legend.scrollIntoViewIfNeeded();
    await expect(legend).toBeInViewport();
    const panels = page.locator('.paths-panel, .timeline');
    for (const box of await panels.evaluateAll((elements) =>
      elements.map((e) => e.getBoundingClientRect().bottom),
    ))
      expect(box).toBeLessThanOrEqual(screen.height + 1);
  });
}
