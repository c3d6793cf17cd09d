// Drives the app through many switches between the two bundled datasets and the
// views on each (a selection, a filter, a focus, the table and back to the graph,
// the reader opened and closed),
// then reads what is still alive after forced collections: heap, DOM nodes, event
// listeners, canvases, Cytoscape instances, workers.
import type { CDPSession, Page } from '@playwright/test';
import type { LeakFigures, LeakSample } from './benchFigures.ts';

/** Each switch opens the other dataset and goes through these views on it. */
const DATASETS = [
  { id: 'fictional-veld', entity: 'Arvel Quint' },
  { id: 'lavrov-choe', entity: 'Sergey Lavrov' },
] as const;
export const LEAK_CYCLE =
  'another bundled dataset (lavrov-choe ⇄ fictional-veld), an entity selected, its neighbourhood focused, the State kind filtered out and back, the table shown and the graph again (Cytoscape torn down and made anew), the reader opened and closed';
const TIMEOUT_MS = 60_000;
// Lets debounced work (viewport reports, URL writes) finish before a sample.
const SETTLE_MS = 800;

async function switchOnce(page: Page, step: number): Promise<void> {
  const { id, entity } = DATASETS[step % DATASETS.length]!;
  await page.getByLabel('Dataset', { exact: true }).selectOption(id);
  const list = page.getByRole('navigation', { name: 'Entities' });
  await list.getByRole('button', { name: entity, exact: true }).click({ timeout: TIMEOUT_MS });
  const details = page.getByRole('complementary', { name: 'Details' });
  await details.getByRole('heading', { level: 2, name: entity }).waitFor({ timeout: TIMEOUT_MS });
  await page.getByRole('button', { name: 'Focus on neighbourhood' }).click();
  await page.getByRole('group', { name: 'Focus' }).waitFor();
  const state = page
    .getByRole('group', { name: 'Entity kinds' })
    .getByRole('checkbox', { name: /^State/ });
  await state.uncheck();
  await state.check();
  // The table in place of the graph unmounts the graph view: its Cytoscape
  // instance, layout and listeners must go, and come back whole with the graph.
  const presentation = page.getByRole('group', { name: 'Presentation' });
  await presentation.getByRole('button', { name: 'Table' }).click();
  await page.getByRole('table', { name: /Entities shown/ }).waitFor({ timeout: TIMEOUT_MS });
  await presentation.getByRole('button', { name: 'Graph' }).click();
  await page
    .locator('[data-testid="graph-canvas"][data-ready="true"]')
    .waitFor({ timeout: TIMEOUT_MS });
  await details.getByRole('button', { name: 'Read the article' }).first().click();
  const reader = page.getByRole('dialog', { name: /^Article/ });
  await reader.waitFor();
  await reader.getByRole('button', { name: 'Close' }).click();
  await reader.waitFor({ state: 'hidden' });
  await page
    .locator('[data-testid="graph-canvas"][data-ready="true"]')
    .waitFor({ timeout: TIMEOUT_MS });
}

/** How many objects in the page's heap have the prototype the expression gives; null if it gives none. */
async function countObjects(cdp: CDPSession, prototype: string): Promise<number | null> {
  const { result } = await cdp.send('Runtime.evaluate', { expression: prototype });
  if (result.objectId === undefined) return null;
  const { objects } = await cdp.send('Runtime.queryObjects', {
    prototypeObjectId: result.objectId,
  });
  const counted = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId!,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: objects.objectId! });
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  return typeof counted.result.value === 'number' ? counted.result.value : null;
}

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

/**
 * The JS heap by a snapshot: the JS objects' size (the browser's own native
 * objects, which the snapshot also lists, left out) and the part of it that is
 * compiled code (bytecode and baseline or optimised code), which grows as V8
 * warms up, not as data piles up.
 */
async function snapshotSizes(cdp: CDPSession): Promise<{ totalMB: number; codeMB: number }> {
  const chunks: string[] = [];
  const collect = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const { snapshot, nodes } = JSON.parse(chunks.join('')) as HeapSnapshot;
  const fields = snapshot.meta.node_fields;
  const [typeAt, sizeAt, stride] = [
    fields.indexOf('type'),
    fields.indexOf('self_size'),
    fields.length,
  ];
  const types = snapshot.meta.node_types[0];
  const [codeType, nativeType] = [types.indexOf('code'), types.indexOf('native')];
  let total = 0;
  let code = 0;
  for (let i = 0; i < nodes.length; i += stride) {
    const [type, size] = [nodes[i + typeAt]!, nodes[i + sizeAt]!];
    if (type === nativeType) continue;
    total += size;
    if (type === codeType) code += size;
  }
  return { totalMB: total / 2 ** 20, codeMB: code / 2 ** 20 };
}

/** The page's JS heap in MB after two forced collections. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 2 ** 20;
  } finally {
    await cdp.detach();
  }
}

async function sample(page: Page): Promise<LeakSample> {
  const heapMB = await heapAfterGc(page);
  const cdp = await page.context().newCDPSession(page);
  try {
    const dom = await cdp.send('Memory.getDOMCounters');
    const { totalMB, codeMB } = await snapshotSizes(cdp);
    return {
      heapMB,
      heapWithoutCodeMB: totalMB - codeMB,
      compiledCodeMB: codeMB,
      domNodes: dom.nodes,
      eventListeners: dom.jsEventListeners,
      canvases: await countObjects(cdp, 'HTMLCanvasElement.prototype'),
      // Cytoscape's Core prototype, found through the instance on the graph's container.
      cytoscapeInstances: await countObjects(
        cdp,
        'Object.getPrototypeOf(document.querySelector(\'[data-testid="graph-canvas"]\')._cyreg.cy)',
      ),
      workers: page.workers().length,
    };
  } finally {
    await cdp.detach();
  }
}

/**
 * Switches `switches` times on a page that shows the first bundled dataset: reads
 * the heap after every switch, and samples everything after the first switch,
 * halfway and after the last.
 */
export async function measureLeaks(
  page: Page,
  switches: number,
  compilers: LeakFigures['compilers'],
  onProgress: (done: number) => void,
): Promise<LeakFigures> {
  const midway = Math.max(1, Math.round(switches / 2));
  const heapCurve: number[] = [];
  const samples = new Map<number, LeakSample>();
  for (let done = 1; done <= switches; done += 1) {
    await switchOnce(page, done - 1);
    await page.waitForTimeout(SETTLE_MS);
    // Read before any sample: a heap snapshot makes V8 drop some compiled code.
    heapCurve.push(await heapAfterGc(page));
    if (done === 1 || done === midway || done === switches) samples.set(done, await sample(page));
    if (done % 10 === 0) onProgress(done);
  }
  return {
    switches,
    cycle: LEAK_CYCLE,
    compilers,
    heapCurve,
    afterFirst: samples.get(1)!,
    midway,
    afterMidway: samples.get(midway)!,
    afterLast: samples.get(switches)!,
  };
}
